import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CaseloadModule } from '../caseload/caseload.module';
import { Appointment } from './appointment.entity';
import { AppointmentsController } from './appointments.controller';
import { AppointmentNotices } from './appointment-notices';
import { AppointmentsService } from './appointments.service';
import { AppointmentPersonalData } from './appointment-personal-data';

@Module({
  imports: [TypeOrmModule.forFeature([Appointment]), CaseloadModule],
  controllers: [AppointmentsController],
  providers: [AppointmentsService, AppointmentNotices, AppointmentPersonalData],
  exports: [AppointmentsService, AppointmentPersonalData],
})
export class AppointmentsModule {}
