import { AuditEvent } from '../audit/audit-event.entity';
import { Employer } from '../employers/employer.entity';
import { Municipality } from '../municipalities/municipality.entity';
import { DigestItem } from '../notifications/digest-item.entity';
import { Notification } from '../notifications/notification.entity';
import { NotificationDelivery } from '../notifications/notification-delivery.entity';
import { NotificationPreference } from '../notifications/notification-preference.entity';
import { StoredEmail } from '../notifications/stored-email.entity';
import { OutboxEvent } from '../outbox/outbox-event.entity';
import { Session } from '../sessions/session.entity';
import { User } from '../users/user.entity';

/** Every entity of the product; the migrations must describe exactly these (see schema-drift.spec.ts). */
export const ENTITIES = [
  Municipality,
  Employer,
  User,
  Session,
  AuditEvent,
  OutboxEvent,
  Notification,
  NotificationDelivery,
  NotificationPreference,
  DigestItem,
  StoredEmail,
];
