import { todayInNetherlands } from '../common/validators';
import type { ShownVacancyStatus, Vacancy, VacancyStatus } from './vacancy.entity';

/** Allowed status changes; filled and closed are final (a new vacancy starts over). */
export const VACANCY_TRANSITIONS: Readonly<Record<VacancyStatus, readonly VacancyStatus[]>> = {
  draft: ['published'],
  published: ['paused', 'filled', 'closed'],
  paused: ['published', 'filled', 'closed'],
  filled: [],
  closed: [],
};

export const canMoveTo = (from: VacancyStatus, to: VacancyStatus) => VACANCY_TRANSITIONS[from].includes(to);

/** Statuses in which the vacancy's details may still change. */
export const EDITABLE_STATUSES: readonly VacancyStatus[] = ['draft', 'published', 'paused'];

const isPastCloseDate = (vacancy: Pick<Vacancy, 'closesOn'>, today: string) => vacancy.closesOn !== null && vacancy.closesOn < today;

/** Expiry is a rule applied when read: a published or paused vacancy past its close date shows as expired. */
export function shownStatus(vacancy: Pick<Vacancy, 'status' | 'closesOn'>, today = todayInNetherlands()): ShownVacancyStatus {
  if ((vacancy.status === 'published' || vacancy.status === 'paused') && isPastCloseDate(vacancy, today)) return 'expired';
  return vacancy.status;
}

/** Open for applications and invitations: published and not past its close date. */
export const isOpen = (vacancy: Pick<Vacancy, 'status' | 'closesOn'>, today = todayInNetherlands()) => shownStatus(vacancy, today) === 'published';
