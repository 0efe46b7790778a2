import type { AppointmentResponse, CheckInRequest, PlacementResponse, SharedMessageKey, UpdatePlacementRequest } from '@meedoen/web';

type PlacementKind = PlacementResponse['kind'];

/** Placements come in the kinds of vacancies: their names are shared by every portal. */
export const KIND_LABEL_KEYS: Readonly<Record<PlacementKind, SharedMessageKey>> = {
  regular: 'vacancyKind.regular',
  'work-experience': 'vacancyKind.work-experience',
  'trial-placement': 'vacancyKind.trial-placement',
  'community-job': 'vacancyKind.community-job',
  volunteer: 'vacancyKind.volunteer',
  training: 'vacancyKind.training',
  'day-activity': 'vacancyKind.day-activity',
};

/** The API's fixed values, in the order the pages list them. */
export const PLACEMENT_KINDS = Object.keys(KIND_LABEL_KEYS) as PlacementKind[];

export const CHECK_IN_OUTCOMES = ['going-well', 'needs-attention', 'at-risk'] as const satisfies readonly CheckInRequest['outcome'][];

export const END_REASONS = [
  'completed',
  'other-work',
  'employer-ended',
  'resident-stopped',
  'health',
  'moved',
  'other',
] as const satisfies readonly NonNullable<UpdatePlacementRequest['endReason']>[];

export const APPOINTMENT_MODES = ['in-person', 'video', 'phone'] as const satisfies readonly AppointmentResponse['mode'][];

/** What the API writes to the audit log; other actions are shown as they are. */
export const AUDIT_ACTIONS = [
  'account.created',
  'password.changed',
  'case.assigned',
  'intake.read',
  'intake.recorded',
  'placement.created',
  'placement.ended',
  'employer.verified',
  'employer.rejected',
  'seeker.exported',
  'seeker.erased',
  'seeker.retention-warned',
] as const;

export const AUDIT_SUBJECT_TYPES = ['seeker', 'employer', 'user'] as const;
