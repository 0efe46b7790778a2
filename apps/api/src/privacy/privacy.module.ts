import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ApplicationPersonalData } from '../applications/application-personal-data';
import { ApplicationsModule } from '../applications/applications.module';
import { AppointmentPersonalData } from '../appointments/appointment-personal-data';
import { AppointmentsModule } from '../appointments/appointments.module';
import { AuditEvent } from '../audit/audit-event.entity';
import { CasePersonalData } from '../caseload/case-personal-data';
import { CaseloadModule } from '../caseload/caseload.module';
import { IntakePersonalData } from '../intakes/intake-personal-data';
import { IntakesModule } from '../intakes/intakes.module';
import { PlacementPersonalData } from '../placements/placement-personal-data';
import { PlacementsModule } from '../placements/placements.module';
import { ProposalPersonalData } from '../proposals/proposal-personal-data';
import { ProposalsModule } from '../proposals/proposals.module';
import { SeekerProfilePersonalData } from '../seekers/seeker-profile-personal-data';
import { SeekersModule } from '../seekers/seekers.module';
import { Session } from '../sessions/session.entity';
import { User } from '../users/user.entity';
import { ErasureService } from './erasure.service';
import { PERSONAL_DATA_HOLDERS } from './personal-data';
import { PrivacyController } from './privacy.controller';
import { RetentionService } from './retention.service';
import { SeekerExportService } from './seeker-export.service';

/** Every domain that keeps personal data about residents registers its holder here. */
const HOLDERS = [CasePersonalData, IntakePersonalData, AppointmentPersonalData, PlacementPersonalData, SeekerProfilePersonalData, ApplicationPersonalData, ProposalPersonalData];

@Module({
  imports: [TypeOrmModule.forFeature([User, Session, AuditEvent]), CaseloadModule, IntakesModule, AppointmentsModule, PlacementsModule, SeekersModule, ApplicationsModule, ProposalsModule],
  controllers: [PrivacyController],
  providers: [
    { provide: PERSONAL_DATA_HOLDERS, useFactory: (...holders: unknown[]) => holders, inject: HOLDERS },
    SeekerExportService,
    ErasureService,
    RetentionService,
  ],
  exports: [RetentionService],
})
export class PrivacyModule {}
