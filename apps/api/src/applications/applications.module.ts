import { Module } from '@nestjs/common';
import { ApplicationPersonalData } from './application-personal-data';
import { ApplicationsController } from './applications.controller';
import { ApplicationsService } from './applications.service';

@Module({
  controllers: [ApplicationsController],
  providers: [ApplicationsService, ApplicationPersonalData],
  exports: [ApplicationsService, ApplicationPersonalData],
})
export class ApplicationsModule {}
