import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
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

  /** Where and what was discussed goes; when and whether it took place stays for the no-show statistics. */
  async erase(manager: EntityManager, seekerId: string): Promise<void> {
    await manager.getRepository(Appointment).update({ seekerId }, { location: null, videoUrl: null, purpose: '', cancellationReason: null });
  }
}
