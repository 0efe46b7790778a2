import type { PortalSection, Role } from '@meedoen/web';
import type { CaseworkerMessageKey } from './messages';

/** Administrators manage the municipalities and use the caseworkers' tool for it. */
export const CASEWORKER_ROLES: readonly Role[] = ['caseworker', 'administrator'];

export const caseworkerSections: readonly PortalSection<CaseworkerMessageKey>[] = [
  { path: '/werkzoekenden', titleKey: 'section.caseload', descriptionKey: 'section.caseloadDescription', roles: ['caseworker'] },
  { path: '/vacatures', titleKey: 'section.vacancies', descriptionKey: 'section.vacanciesDescription' },
  { path: '/voordrachten', titleKey: 'section.proposals', descriptionKey: 'section.proposalsDescription', roles: ['caseworker'] },
  { path: '/controleren', titleKey: 'section.reviews', descriptionKey: 'section.reviewsDescription' },
  { path: '/resultaten', titleKey: 'section.results', descriptionKey: 'section.resultsDescription' },
  { path: '/plaatsingen', titleKey: 'ops.section.placements', descriptionKey: 'ops.section.placementsDescription', roles: ['caseworker'] },
  { path: '/afspraken', titleKey: 'ops.section.appointments', descriptionKey: 'ops.section.appointmentsDescription', roles: ['caseworker'] },
  { path: '/logboek', titleKey: 'ops.section.audit', descriptionKey: 'ops.section.auditDescription', roles: ['administrator'] },
];
