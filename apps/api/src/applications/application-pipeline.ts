import type { Role } from '../users/user.entity';
import type { ApplicationStatus } from './application.entity';

/** The pipeline: forward steps, and rejected or withdrawn from any open step. */
export const APPLICATION_TRANSITIONS: Readonly<Record<ApplicationStatus, readonly ApplicationStatus[]>> = {
  applied: ['in-review', 'interview', 'rejected', 'withdrawn'],
  'in-review': ['interview', 'offered', 'rejected', 'withdrawn'],
  interview: ['offered', 'rejected', 'withdrawn'],
  offered: ['hired', 'rejected', 'withdrawn'],
  hired: [],
  rejected: [],
  withdrawn: [],
};

/** The seeker only withdraws; the employer moves everything else. */
export function mayMoveTo(role: Role, to: ApplicationStatus): boolean {
  if (role === 'seeker') return to === 'withdrawn';
  return role === 'employer' && to !== 'withdrawn';
}

export const canMoveApplication = (from: ApplicationStatus, to: ApplicationStatus) => APPLICATION_TRANSITIONS[from].includes(to);
