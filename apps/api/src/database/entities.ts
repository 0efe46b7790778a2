import { AuditEvent } from '../audit/audit-event.entity';
import { Employer } from '../employers/employer.entity';
import { Municipality } from '../municipalities/municipality.entity';
import { Session } from '../sessions/session.entity';
import { User } from '../users/user.entity';

/** Every entity of the product; the migrations must describe exactly these (see schema-drift.spec.ts). */
export const ENTITIES = [Municipality, Employer, User, Session, AuditEvent];
