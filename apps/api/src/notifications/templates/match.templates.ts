import { defineTemplates } from './notification-template';

/** Match alerts; the marketplace sends these with a matchScore, compared with each resident's threshold. */
export const MATCH_TEMPLATES = defineTemplates({
  'vacancy-match': {
    category: 'match-alerts',
    text: {
      nl: (params) => ({
        title: `Nieuwe vacature voor jou: ${params.vacancyTitle}`,
        lines: [`${params.employerName} in ${params.place} zoekt iemand.`, 'Deze vacature past goed bij jou. Kijk of je wilt reageren.'],
      }),
      en: (params) => ({
        title: `A new vacancy for you: ${params.vacancyTitle}`,
        lines: [`${params.employerName} in ${params.place} is looking for someone.`, 'This vacancy matches you well. See if you want to apply.'],
      }),
    },
  },
});
