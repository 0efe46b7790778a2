import type { MessageCatalog } from '@meedoen/web';
import type { nl } from './nl';

export const en: MessageCatalog<keyof typeof nl> = {
  'portal.name': 'Job seekers',
  'portal.description': 'Find work, volunteering or training near you.',

  'home.title': 'Find work that suits you',
  'home.introSearch': 'Are you looking for work, volunteering or training? Here you find places near you.',
  'home.introHelp': 'Your caseworker at the municipality helps you. Together you look at what suits you.',
  'home.introPace': 'You choose your own pace. Small steps count too.',

  'section.forYou': 'For you',
  'section.forYouDescription': 'Work and activities that suit you. We explain why.',
  'section.search': 'Search',
  'section.searchDescription': 'Search for work, volunteering or training yourself.',
  'section.responses': 'My responses',
  'section.responsesDescription': 'See what you responded to. And what the employer says back.',

  'forYou.intro': 'This work fits what you can do and want. Each place says why.',
  'forYou.empty': 'We cannot find work that fits yet. Fill in more of your profile, or ask your caseworker for help.',
  'forYou.count': 'We found {count} places that fit you.',
  'forYou.nearMissesTitle': 'Almost fitting',
  'forYou.nearMissesIntro': 'At these places one thing does not quite fit. Talk about it with your caseworker.',
  'forYou.why': 'Why this fits',
  'forYou.whyNot': 'What does not fit',
};
