import { Module } from '@nestjs/common';
import { ApplicationsModule } from '../applications/applications.module';
import { VacanciesModule } from '../vacancies/vacancies.module';
import { ProposalsController } from './proposals.controller';
import { ProposalsService } from './proposals.service';

@Module({
  imports: [VacanciesModule, ApplicationsModule],
  controllers: [ProposalsController],
  providers: [ProposalsService],
})
export class ProposalsModule {}
