import { PasswordReset } from '../accounts/password-reset.entity';
import { TeamInvitation } from '../accounts/team-invitation.entity';
import { ApplicationEvent } from '../applications/application-event.entity';
import { Application } from '../applications/application.entity';
import { Appointment } from '../appointments/appointment.entity';
import { AuditEvent } from '../audit/audit-event.entity';
import { CaseAction } from '../caseload/case-action.entity';
import { CaseFile } from '../caseload/case-file.entity';
import { Employer } from '../employers/employer.entity';
import { Intake } from '../intakes/intake.entity';
import { Invitation } from '../invitations/invitation.entity';
import { Municipality } from '../municipalities/municipality.entity';
import { DigestItem } from '../notifications/digest-item.entity';
import { NotificationDelivery } from '../notifications/notification-delivery.entity';
import { NotificationPreference } from '../notifications/notification-preference.entity';
import { Notification } from '../notifications/notification.entity';
import { StoredEmail } from '../notifications/stored-email.entity';
import { OutboxEvent } from '../outbox/outbox-event.entity';
import { PlacementCheckIn } from '../placements/placement-check-in.entity';
import { Placement } from '../placements/placement.entity';
import { Proposal } from '../proposals/proposal.entity';
import { SavedSearch } from '../saved-searches/saved-search.entity';
import { ConsentEvent } from '../seekers/consent-event.entity';
import { SeekerProfile } from '../seekers/seeker-profile.entity';
import { Session } from '../sessions/session.entity';
import { User } from '../users/user.entity';
import { VacancyEvent } from '../vacancies/vacancy-event.entity';
import { VacancyViewDay } from '../vacancies/vacancy-view-day.entity';
import { Vacancy } from '../vacancies/vacancy.entity';

/** Every entity of the product; the migrations must describe exactly these (see schema-drift.spec.ts). */
export const ENTITIES = [
  Municipality,
  Employer,
  User,
  Session,
  PasswordReset,
  AuditEvent,
  OutboxEvent,
  Notification,
  NotificationDelivery,
  NotificationPreference,
  DigestItem,
  StoredEmail,
  CaseFile,
  CaseAction,
  Intake,
  Appointment,
  Placement,
  PlacementCheckIn,
  Vacancy,
  VacancyEvent,
  VacancyViewDay,
  SeekerProfile,
  ConsentEvent,
  Application,
  ApplicationEvent,
  Invitation,
  Proposal,
  SavedSearch,
  TeamInvitation,
];
