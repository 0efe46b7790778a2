import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { PersonalDataHolder } from '../privacy/personal-data';
import { Appointment } from './appointment.entity';
import { AppointmentsService } from './appointments.service';
import { AppointmentResponse } from './dto/appointment.response';

@Injectable()
export class AppointmentPersonalData implements PersonalDataHolder {
  readonly section = 'appointments';

  constructor(private readonly appointments: AppointmentsService) {}

  async exportFor(seekerId: string): Promise<AppointmentResponse[]> {
    return (await this.appointments.ofResident(seekerId)).map(AppointmentResponse.of);
  }

  /** Coming appointments are cancelled; where and what was discussed goes; when and whether it took place stays for the no-show statistics. */
  async erase(manager: EntityManager, seekerId: string): Promise<void> {
    const appointments = manager.getRepository(Appointment);
    await appointments.update({ seekerId, status: In(['planned', 'confirmed']) }, { status: 'cancelled', outcomeRecordedAt: new Date() });
    await appointments.update({ seekerId }, { location: null, videoUrl: null, purpose: '', cancellationReason: null });
  }
}
