import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CaseloadModule } from '../caseload/caseload.module';
import { Appointment } from './appointment.entity';
import { AppointmentsController } from './appointments.controller';
import { AppointmentsService } from './appointments.service';
import { AppointmentPersonalData } from './appointment-personal-data';

@Module({
  imports: [TypeOrmModule.forFeature([Appointment]), CaseloadModule],
  controllers: [AppointmentsController],
  providers: [AppointmentsService, AppointmentPersonalData],
  exports: [AppointmentsService, AppointmentPersonalData],
})
export class AppointmentsModule {}
