import type { PortalSection, Role } from '@meedoen/web';
import type { EmployerMessageKey } from './messages';

export const EMPLOYER_ROLES: readonly Role[] = ['employer'];

export const employerSections: readonly PortalSection<EmployerMessageKey>[] = [
  { path: '/vacatures', titleKey: 'section.vacancies', descriptionKey: 'section.vacanciesDescription' },
  { path: '/voordrachten', titleKey: 'section.proposals', descriptionKey: 'section.proposalsDescription' },
  { path: '/organisatie', titleKey: 'section.organisation', descriptionKey: 'section.organisationDescription' },
];
