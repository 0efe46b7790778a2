import type { PortalSection, Role } from '@meedoen/web';
import type { EmployerMessageKey } from './messages';

export const EMPLOYER_ROLES: readonly Role[] = ['employer'];

export const employerSections: readonly PortalSection<EmployerMessageKey>[] = [
  { path: '/organisatie', titleKey: 'section.organisation', descriptionKey: 'section.organisationDescription' },
  { path: '/vacatures', titleKey: 'section.vacancies', descriptionKey: 'section.vacanciesDescription' },
  { path: '/kandidaten', titleKey: 'section.candidates', descriptionKey: 'section.candidatesDescription' },
];
