import type { PortalSection, Role } from '@meedoen/web';
import type { SeekerMessageKey } from './messages';

export const SEEKER_ROLES: readonly Role[] = ['seeker'];

export const seekerSections: readonly PortalSection<SeekerMessageKey>[] = [
  { path: '/voor-jou', titleKey: 'section.forYou', descriptionKey: 'section.forYouDescription' },
  { path: '/zoeken', titleKey: 'section.search', descriptionKey: 'section.searchDescription' },
  { path: '/mijn-reacties', titleKey: 'section.responses', descriptionKey: 'section.responsesDescription' },
  { path: '/afspraken', titleKey: 'section.appointments', descriptionKey: 'section.appointmentsDescription' },
  { path: '/profiel', titleKey: 'section.profile', descriptionKey: 'section.profileDescription' },
  { path: '/privacy', titleKey: 'section.privacy', descriptionKey: 'section.privacyDescription' },
];
