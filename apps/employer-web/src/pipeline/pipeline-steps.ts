import type { ApplicationResponse, UpdateApplicationRequest } from '@meedoen/web';

export type ApplicationStatus = ApplicationResponse['status'];
export type RejectionReason = NonNullable<UpdateApplicationRequest['rejectionReason']>;

/** The board's columns, left to right; rejected and withdrawn share the last one. */
export const COLUMNS: readonly { id: string; statuses: readonly ApplicationStatus[] }[] = [
  { id: 'applied', statuses: ['applied'] },
  { id: 'in-review', statuses: ['in-review'] },
  { id: 'interview', statuses: ['interview'] },
  { id: 'offered', statuses: ['offered'] },
  { id: 'hired', statuses: ['hired'] },
  { id: 'ended', statuses: ['rejected', 'withdrawn'] },
];

/** The steps the employer can take from each status (the API allows the same). Interview and reject ask for more. */
export const EMPLOYER_STEPS: Record<ApplicationStatus, readonly ApplicationStatus[]> = {
  applied: ['in-review', 'interview', 'rejected'],
  'in-review': ['interview', 'offered', 'rejected'],
  interview: ['offered', 'rejected'],
  offered: ['hired', 'rejected'],
  hired: [],
  rejected: [],
  withdrawn: [],
};

export const REJECTION_REASONS: readonly RejectionReason[] = [
  'position-filled',
  'other-candidate-closer-fit',
  'skills-not-yet-matching',
  'hours-or-schedule',
  'travel-distance',
  'language-level',
  'vacancy-cancelled',
  'not-this-time',
];
