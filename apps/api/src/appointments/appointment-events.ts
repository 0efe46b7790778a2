/** Where a resident's appointment messages point to. */
export const SEEKER_APPOINTMENTS_LINK = '/werkzoekenden/afspraken';

/** Outbox event: remind the resident of an appointment, scheduled 24 and 2 hours before it starts. */
export const APPOINTMENT_REMINDER = 'appointment.reminder';

/** How many hours before the start each reminder goes out. */
export const REMINDER_HOURS = [24, 2] as const;
export type ReminderHours = (typeof REMINDER_HOURS)[number];

export interface AppointmentReminder {
  appointmentId: string;
  /** The start the reminder was scheduled for: a moved appointment has reminders of its own. */
  startsAt: string;
  hoursBefore: ReminderHours;
}

/** The start time is part of the key, so that moving an appointment schedules new reminders. */
export const reminderKey = (appointmentId: string, startsAt: Date, hoursBefore: ReminderHours) =>
  `appointment:${appointmentId}:reminder-${hoursBefore}h:${startsAt.toISOString()}`;
