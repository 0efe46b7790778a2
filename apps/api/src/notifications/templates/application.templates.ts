import { REJECTION_REASONS, type RejectionReason } from '../../applications/rejection-reasons';
import type { Language } from '../../users/user.entity';
import { defineTemplates } from './notification-template';

/** What a step in the pipeline means for the seeker, in plain words. */
const STEP_TEXT: Record<Language, Record<string, string>> = {
  nl: {
    'in-review': 'De werkgever bekijkt je reactie.',
    interview: 'De werkgever wil graag met je praten. Je hoort wanneer.',
    offered: 'Goed nieuws: de werkgever biedt je de plek aan.',
    hired: 'Gefeliciteerd: je bent aangenomen!',
    rejected: 'De werkgever kiest dit keer niet voor jou.',
  },
  en: {
    'in-review': 'The employer is looking at your application.',
    interview: 'The employer would like to talk with you. You will hear when.',
    offered: 'Good news: the employer offers you the place.',
    hired: 'Congratulations: you got the job!',
    rejected: 'The employer did not choose you this time.',
  },
};

const INTERVIEW_PLANNED: Record<Language, string> = {
  nl: 'De werkgever wil graag met je praten.',
  en: 'The employer would like to talk with you.',
};
const INTERVIEW_TEXT: Record<Language, (when: string, where: string) => string> = {
  nl: (when, where) => `Het gesprek is op ${when}. Waar: ${where}.`,
  en: (when, where) => `The interview is on ${when}. Where: ${where}.`,
};
const LOCALES: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };

/** The planned interview in words, in Dutch time: "donderdag 10 december 2026 om 10:00". */
const interviewText = (params: Record<string, unknown>, language: Language) => {
  if (typeof params.interviewAt !== 'string' || typeof params.interviewLocation !== 'string') return [];
  const when = new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'full', timeStyle: 'short', timeZone: 'Europe/Amsterdam' }).format(new Date(params.interviewAt));
  return [INTERVIEW_TEXT[language](when, params.interviewLocation)];
};

const reasonText = (reason: unknown, language: Language) =>
  typeof reason === 'string' && reason in REJECTION_REASONS ? [REJECTION_REASONS[reason as RejectionReason][language]] : [];

/** What the step means, when and where a planned interview is, and why a rejection. */
const stepLines = (params: Record<string, unknown>, language: Language) => {
  const interview = interviewText(params, language);
  const step = interview.length > 0 ? INTERVIEW_PLANNED[language] : (STEP_TEXT[language][String(params.status)] ?? '');
  return [step, ...interview, ...reasonText(params.rejectionReason, language)].filter(Boolean);
};

/** Applications and invitations: the employer hears of new, withdrawn and declined ones, the seeker of invitations and every step. */
export const APPLICATION_TEMPLATES = defineTemplates({
  'application-received': {
    category: 'new-applications',
    text: {
      nl: (params) => ({ title: `Nieuwe reactie op ${params.vacancyTitle}`, lines: ['Iemand heeft gereageerd op je vacature.', 'Bekijk de reactie in Meedoen.'] }),
      en: (params) => ({ title: `New application for ${params.vacancyTitle}`, lines: ['Someone applied to your vacancy.', 'See the application in Meedoen.'] }),
    },
  },
  'application-withdrawn': {
    category: 'applications',
    text: {
      nl: (params) => ({ title: `Reactie ingetrokken: ${params.vacancyTitle}`, lines: ['Iemand heeft de reactie op je vacature ingetrokken.'] }),
      en: (params) => ({ title: `Application withdrawn: ${params.vacancyTitle}`, lines: ['Someone withdrew their application to your vacancy.'] }),
    },
  },
  'invitation-received': {
    category: 'applications',
    text: {
      nl: (params) => ({
        title: `Uitnodiging: ${params.vacancyTitle}`,
        lines: [`${params.employerName} nodigt je uit om te reageren.`, 'Zeg ja of nee in Meedoen. Pas na je ja ziet de werkgever je naam.'],
      }),
      en: (params) => ({
        title: `Invitation: ${params.vacancyTitle}`,
        lines: [`${params.employerName} invites you to apply.`, 'Say yes or no in Meedoen. Only after your yes does the employer see your name.'],
      }),
    },
  },
  'invitation-declined': {
    category: 'applications',
    text: {
      nl: (params) => ({ title: `Uitnodiging afgewezen: ${params.vacancyTitle}`, lines: ['De kandidaat wil nu niet reageren op deze vacature.'] }),
      en: (params) => ({ title: `Invitation declined: ${params.vacancyTitle}`, lines: ['The candidate does not want to apply to this vacancy now.'] }),
    },
  },
  'application-status-changed': {
    category: 'applications',
    text: {
      nl: (params) => ({
        title: `Nieuws over je reactie: ${params.vacancyTitle}`,
        lines: stepLines(params, 'nl'),
      }),
      en: (params) => ({
        title: `News about your application: ${params.vacancyTitle}`,
        lines: stepLines(params, 'en'),
      }),
    },
  },
});
