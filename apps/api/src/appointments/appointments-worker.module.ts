import { Module } from '@nestjs/common';
import { AppointmentReminderProcessor } from './appointment-reminder.processor';

/** What the worker does for appointments: the reminders 24 and 2 hours before. */
@Module({ providers: [AppointmentReminderProcessor] })
export class AppointmentsWorkerModule {}
