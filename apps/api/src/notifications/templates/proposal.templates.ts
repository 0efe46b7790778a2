import { defineTemplates } from './notification-template';

/** Proposals (voordrachten): each message goes to whoever must act next. */
export const PROPOSAL_TEMPLATES = defineTemplates({
  'proposal-awaiting-consent': {
    category: 'applications',
    text: {
      nl: (params) => ({
        title: `Je regisseur wil je voordragen: ${params.vacancyTitle}`,
        lines: [`Je regisseur denkt dat deze baan bij ${params.employerName} bij je past.`, 'Wil je dat? Zeg ja of nee in de app. Pas na je ja ziet de werkgever je naam.'],
      }),
      en: (params) => ({
        title: `Your caseworker wants to put you forward: ${params.vacancyTitle}`,
        lines: [`Your caseworker thinks this job at ${params.employerName} suits you.`, 'Do you agree? Say yes or no in the app. Only after your yes does the employer see your name.'],
      }),
    },
  },
  'proposal-awaiting-employer': {
    category: 'applications',
    text: {
      nl: (params) => ({
        title: `Nieuwe voordracht voor ${params.vacancyTitle}`,
        lines: [`De gemeente draagt ${params.seekerName} voor.`, 'Bekijk de voordracht en kies: accepteren of afwijzen.'],
      }),
      en: (params) => ({
        title: `A new candidate put forward for ${params.vacancyTitle}`,
        lines: [`The municipality puts ${params.seekerName} forward.`, 'Look at the proposal and choose: accept or decline.'],
      }),
    },
  },
  'proposal-declined-by-seeker': {
    category: 'applications',
    text: {
      nl: (params) => ({
        title: `${params.seekerName} wil niet voorgedragen worden`,
        lines: [`${params.seekerName} zei nee tegen de voordracht voor ${params.vacancyTitle}.`, 'Bespreek samen wat wel past.'],
      }),
      en: (params) => ({
        title: `${params.seekerName} does not want to be put forward`,
        lines: [`${params.seekerName} said no to the proposal for ${params.vacancyTitle}.`, 'Talk together about what does fit.'],
      }),
    },
  },
  'proposal-accepted': {
    category: 'applications',
    text: {
      nl: (params, recipient) => ({
        title: `${params.employerName} wil verder met de voordracht`,
        lines: [
          recipient.role === 'seeker' ? `Je reactie op ${params.vacancyTitle} staat nu bij de werkgever.` : `${params.seekerName} staat nu als kandidaat voor ${params.vacancyTitle}.`,
          'Je ziet de volgende stappen in de app.',
        ],
      }),
      en: (params, recipient) => ({
        title: `${params.employerName} accepted the proposal`,
        lines: [
          recipient.role === 'seeker' ? `Your application for ${params.vacancyTitle} is now with the employer.` : `${params.seekerName} is now a candidate for ${params.vacancyTitle}.`,
          'You see the next steps in the app.',
        ],
      }),
    },
  },
  'proposal-declined-by-employer': {
    category: 'applications',
    text: {
      nl: (params, recipient) => ({
        title: `${params.employerName} wijst de voordracht af`,
        lines: [
          recipient.role === 'seeker' ? `Het is deze keer niet gelukt voor ${params.vacancyTitle}.` : `De voordracht van ${params.seekerName} voor ${params.vacancyTitle} is afgewezen.`,
          'Samen zoeken we verder.',
        ],
      }),
      en: (params, recipient) => ({
        title: `${params.employerName} declined the proposal`,
        lines: [
          recipient.role === 'seeker' ? `It did not work out this time for ${params.vacancyTitle}.` : `The proposal of ${params.seekerName} for ${params.vacancyTitle} was declined.`,
          'We keep looking together.',
        ],
      }),
    },
  },
});
