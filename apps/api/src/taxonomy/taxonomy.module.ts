import { Module } from '@nestjs/common';
import { TaxonomyController } from './taxonomy.controller';
import { TaxonomyService } from './taxonomy.service';

@Module({ controllers: [TaxonomyController], providers: [TaxonomyService] })
export class TaxonomyModule {}
