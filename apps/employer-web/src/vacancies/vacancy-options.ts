import type { VacancyKind } from '@meedoen/shared';
import type { VacancyResponse } from '@meedoen/web';

/** The values the vacancy form offers; their labels are in the message files under the same names. */
export const VACANCY_KINDS: readonly VacancyKind[] = ['regular', 'work-experience', 'trial-placement', 'community-job', 'volunteer', 'training', 'day-activity'];
export const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export const DAY_PARTS = ['morning', 'afternoon', 'evening', 'night'] as const;
export const CONTRACT_TYPES: readonly VacancyResponse['contractType'][] = ['permanent', 'fixed-term', 'temporary', 'on-call', 'no-contract'];
export const PAY_TYPES: readonly VacancyResponse['pay']['type'][] = ['hourly-wage', 'monthly-salary', 'retained-benefit', 'expense-allowance', 'unpaid'];
export const WORKPLACES: readonly VacancyResponse['workplace'][] = ['on-site', 'hybrid', 'remote'];
export const DUTCH_LEVELS: readonly VacancyResponse['minDutchLevel'][] = ['none', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2'];
export const WORK_CONDITIONS: readonly VacancyResponse['conditions'][number][] = ['heavy-lifting', 'noisy', 'night-shifts', 'long-standing'];
export const SUPPORT_KINDS: readonly VacancyResponse['supportOffered'][number][] = ['job-coach', 'adapted-workplace', 'training-on-the-job', 'flexible-hours'];
export const SKILL_LEVELS = [1, 2, 3] as const;

/** Pay that fits each kind of work (the API refuses the rest): a trial placement keeps the benefit, volunteering pays at most expenses. */
const PAY_BY_KIND: Partial<Record<VacancyKind, readonly VacancyResponse['pay']['type'][]>> = {
  regular: ['hourly-wage', 'monthly-salary'],
  'community-job': ['hourly-wage', 'monthly-salary'],
  'trial-placement': ['retained-benefit'],
  volunteer: ['expense-allowance', 'unpaid'],
};

export const payTypesFor = (kind: VacancyKind | '') => (kind && PAY_BY_KIND[kind]) || PAY_TYPES;

export type ShownStatus = VacancyResponse['status'];
