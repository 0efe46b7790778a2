import type { VacancyKind } from '@meedoen/shared';
import type { HoursBand } from '../search/search-engine';
import type { Language } from '../users/user.entity';

export const VACANCY_KIND_LABELS: Record<VacancyKind, Record<Language, string>> = {
  regular: { nl: 'Betaalde baan', en: 'Paid job' },
  'work-experience': { nl: 'Werkervaringsplek', en: 'Work-experience place' },
  'trial-placement': { nl: 'Proefplaatsing (met behoud van uitkering)', en: 'Trial placement (benefit continues)' },
  'community-job': { nl: 'Maatschappelijke baan', en: 'Community job' },
  volunteer: { nl: 'Vrijwilligerswerk', en: 'Volunteering' },
  training: { nl: 'Opleiding of scholing', en: 'Training' },
  'day-activity': { nl: 'Dagbesteding', en: 'Day activity' },
};

export const HOURS_BAND_LABELS: Record<HoursBand, Record<Language, string>> = {
  'up-to-12': { nl: 'tot 12 uur per week', en: 'up to 12 hours a week' },
  '13-24': { nl: '13 tot 24 uur per week', en: '13 to 24 hours a week' },
  '25-32': { nl: '25 tot 32 uur per week', en: '25 to 32 hours a week' },
  '33-plus': { nl: '33 uur of meer per week', en: '33 hours a week or more' },
};
