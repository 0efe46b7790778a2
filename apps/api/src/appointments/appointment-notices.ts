import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Notifier } from '../notifications/notifier';
import { OutboxService } from '../outbox/outbox.service';
import { APPOINTMENT_REMINDER, type AppointmentReminder, REMINDER_HOURS, reminderKey, SEEKER_APPOINTMENTS_LINK } from './appointment-events';
import type { Appointment } from './appointment.entity';

/** The resident's page in the caseworkers' portal, where the follow-up action is. */
const residentPage = (seekerId: string) => `/regie/werkzoekenden/${seekerId}`;

type AppointmentFacts = Pick<Appointment, 'id' | 'seekerId' | 'caseworkerId' | 'startsAt' | 'mode' | 'location' | 'purpose'>;

/** What the people of an appointment hear, and its reminders; always inside the transaction of the change. */
@Injectable()
export class AppointmentNotices {
  constructor(
    private readonly notifier: Notifier,
    private readonly outbox: OutboxService,
  ) {}

  async planned(manager: EntityManager, appointment: AppointmentFacts): Promise<void> {
    await this.tellResident(manager, appointment, 'appointment-planned');
    await this.scheduleReminders(manager, appointment);
  }

  async moved(manager: EntityManager, previousStart: Date, appointment: AppointmentFacts): Promise<void> {
    await this.cancelReminders(manager, appointment.id, previousStart);
    await this.tellResident(manager, appointment, 'appointment-moved', { previousStartsAt: previousStart.toISOString() });
    await this.scheduleReminders(manager, appointment);
  }

  async cancelled(manager: EntityManager, appointment: AppointmentFacts, reason: string): Promise<void> {
    await this.cancelReminders(manager, appointment.id, appointment.startsAt);
    await this.tellResident(manager, appointment, 'appointment-cancelled', { reason });
  }

  /** The resident hears kindly that they were missed; the caseworker is pointed to the follow-up action. */
  async missed(manager: EntityManager, appointment: AppointmentFacts, seekerName: string): Promise<void> {
    await this.cancelReminders(manager, appointment.id, appointment.startsAt);
    await this.tellResident(manager, appointment, 'appointment-missed');
    await this.notifier.notify(manager, {
      recipientIds: [appointment.caseworkerId],
      template: 'appointment-no-show',
      params: { ...this.params(appointment), seekerName },
      link: residentPage(appointment.seekerId),
    });
  }

  private tellResident(manager: EntityManager, appointment: AppointmentFacts, template: 'appointment-planned' | 'appointment-moved' | 'appointment-cancelled' | 'appointment-missed', extra = {}) {
    return this.notifier.notify(manager, { recipientIds: [appointment.seekerId], template, params: { ...this.params(appointment), ...extra }, link: SEEKER_APPOINTMENTS_LINK });
  }

  private params(appointment: AppointmentFacts) {
    return { startsAt: appointment.startsAt.toISOString(), mode: appointment.mode, location: appointment.location, purpose: appointment.purpose };
  }

  /** Reminders whose moment has passed already (an appointment planned at short notice) are left out. */
  private async scheduleReminders(manager: EntityManager, appointment: AppointmentFacts): Promise<void> {
    for (const hoursBefore of REMINDER_HOURS) {
      const runAt = new Date(appointment.startsAt.getTime() - hoursBefore * 3600_000);
      if (runAt.getTime() <= Date.now()) continue;
      const payload: AppointmentReminder = { appointmentId: appointment.id, startsAt: appointment.startsAt.toISOString(), hoursBefore };
      await this.outbox.schedule(manager, reminderKey(appointment.id, appointment.startsAt, hoursBefore), runAt, { type: APPOINTMENT_REMINDER, payload });
    }
  }

  private async cancelReminders(manager: EntityManager, appointmentId: string, startsAt: Date): Promise<void> {
    for (const hoursBefore of REMINDER_HOURS) await this.outbox.cancel(manager, reminderKey(appointmentId, startsAt, hoursBefore));
  }
}
