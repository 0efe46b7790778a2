import { Module } from '@nestjs/common';
import { ApplicationsModule } from '../applications/applications.module';
import { VacanciesModule } from '../vacancies/vacancies.module';
import { InvitationsController } from './invitations.controller';
import { InvitationsService } from './invitations.service';

@Module({
  imports: [VacanciesModule, ApplicationsModule],
  controllers: [InvitationsController],
  providers: [InvitationsService],
})
export class InvitationsModule {}
