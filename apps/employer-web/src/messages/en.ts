import type { MessageCatalog } from '@meedoen/web';
import type { nl } from './nl';

export const en: MessageCatalog<keyof typeof nl> = {
  'portal.name': 'Employers',
  'portal.description': 'Post work and volunteering and find people from the area.',

  'home.title': 'Find people from the area for your work',
  'home.introOffer': 'Do you have work, a training place or volunteering? Post it here.',
  'home.introMatch': 'We look for people who fit. You choose who you want to talk to.',
  'home.introSupport': 'The municipality helps at the start. For example with coaching at work.',
  'home.reviewNotice':
    'Please note: is your organisation new? Then a caseworker of the municipality first checks that everything is right. Only after that can job seekers see your vacancies.',

  'section.organisation': 'My organisation',
  'section.organisationDescription': 'The details of your organisation. And whether the municipality has checked them.',
  'section.vacancies': 'Vacancies',
  'section.vacanciesDescription': 'Post work and change it.',
  'section.candidates': 'Candidates',
  'section.candidatesDescription': 'People who fit your vacancies. And people who responded.',
};
