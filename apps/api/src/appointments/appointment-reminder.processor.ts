import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Notifier } from '../notifications/notifier';
import { EventProcessor, EventProcessors, OutboxJob } from '../outbox/event-processors';
import { APPOINTMENT_REMINDER, type AppointmentReminder, SEEKER_APPOINTMENTS_LINK } from './appointment-events';
import { Appointment, FINAL_APPOINTMENT_STATUSES } from './appointment.entity';

/**
 * Reminds the resident of an appointment. Moving or cancelling removes the scheduled reminder; a reminder that
 * was already on its way when that happened finds the appointment changed and sends nothing.
 */
@Injectable()
export class AppointmentReminderProcessor implements EventProcessor<AppointmentReminder>, OnModuleInit {
  readonly type = APPOINTMENT_REMINDER;

  constructor(
    private readonly processors: EventProcessors,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifier: Notifier,
  ) {}

  onModuleInit() {
    this.processors.register(this);
  }

  async process(job: OutboxJob<AppointmentReminder>): Promise<void> {
    const { appointmentId, startsAt, hoursBefore } = job.payload;
    await this.dataSource.transaction(async (manager) => {
      const appointment = await manager.getRepository(Appointment).findOne({ where: { id: appointmentId } });
      if (!appointment || FINAL_APPOINTMENT_STATUSES.includes(appointment.status)) return;
      if (appointment.startsAt.toISOString() !== startsAt) return;
      await this.notifier.notify(manager, {
        key: job.id,
        recipientIds: [appointment.seekerId],
        template: 'appointment-reminder',
        params: { startsAt, hoursBefore, mode: appointment.mode, location: appointment.location, purpose: appointment.purpose },
        link: SEEKER_APPOINTMENTS_LINK,
      });
    });
  }
}
