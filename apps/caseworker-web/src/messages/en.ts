import type { MessageCatalog } from '@meedoen/web';
import type { nl } from './nl';
import { operationsEn } from './operations.en';

export const en: MessageCatalog<keyof typeof nl> = {
  ...operationsEn,
  'portal.name': 'Case management',
  'portal.description': 'Workspace for the caseworkers of the municipality.',

  'home.title': 'Guiding the way to work',
  'home.introCases': 'Here you follow the job seekers you support. You see which step they are taking now.',
  'home.introMatches': 'You see which work suits whom, and why. You decide on the next step.',
  'home.introAccess': 'Only staff of the municipality can sign in here.',

  'section.caseload': 'My job seekers',
  'section.caseloadDescription': 'All job seekers you support, with their next step.',
  'section.reviews': 'Reviews',
  'section.reviewsDescription': 'New organisations and vacancies waiting for your check.',
  'section.results': 'Results',
  'section.resultsDescription': 'How many people found work. And how that compares to the target.',
};
