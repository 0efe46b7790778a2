import { Module } from '@nestjs/common';
import { ApplicationsModule } from '../applications/applications.module';
import { VacanciesModule } from '../vacancies/vacancies.module';
import { ProposalPersonalData } from './proposal-personal-data';
import { ProposalsController } from './proposals.controller';
import { ProposalsService } from './proposals.service';

@Module({
  imports: [VacanciesModule, ApplicationsModule],
  controllers: [ProposalsController],
  providers: [ProposalsService, ProposalPersonalData],
  exports: [ProposalPersonalData],
})
export class ProposalsModule {}
