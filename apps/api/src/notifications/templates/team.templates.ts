import { defineTemplates } from './notification-template';

/** An employer's team: a colleague invites you; the link in the message lets you choose a password. */
export const TEAM_TEMPLATES = defineTemplates({
  'team-invitation': {
    category: 'account',
    required: true,
    text: {
      nl: (params) => ({
        title: 'Je bent uitgenodigd voor Meedoen',
        lines: [
          `${params.inviter} nodigt je uit om samen vacatures te beheren in Meedoen.`,
          'Open de link en kies een wachtwoord. Daarna kun je inloggen.',
          `De link werkt ${params.days} dagen.`,
        ],
      }),
      en: (params) => ({
        title: 'You are invited to Meedoen',
        lines: [
          `${params.inviter} invites you to manage vacancies together in Meedoen.`,
          'Open the link and choose a password. Then you can sign in.',
          `The link works for ${params.days} days.`,
        ],
      }),
    },
  },
});
