/** Outbox event: a vacancy went live for the first time (a re-publish after a pause alerts no one again). */
export const VACANCY_PUBLISHED = 'vacancy.published';

export interface VacancyPublished {
  vacancyId: string;
}
