import type { AuthenticatedUser } from '../sessions/authenticated-user';
import type { Vacancy } from './vacancy.entity';

/** The employer's own people and administrators manage a vacancy. */
export const canManageVacancy = (vacancy: Pick<Vacancy, 'employerId'>, actor: AuthenticatedUser) =>
  actor.role === 'administrator' || (actor.role === 'employer' && actor.employerId === vacancy.employerId);

/**
 * Who may read a vacancy: its managers always; caseworkers anything but a draft; everyone signed in a published
 * one; a seeker also one it applied to or was invited for (`involved`).
 */
export function canReadVacancy(vacancy: Pick<Vacancy, 'employerId' | 'status'>, actor: AuthenticatedUser, involved: boolean): boolean {
  if (canManageVacancy(vacancy, actor)) return true;
  if (vacancy.status === 'draft') return false;
  return vacancy.status === 'published' || actor.role === 'caseworker' || involved;
}
