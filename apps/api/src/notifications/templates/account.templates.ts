import { defineTemplates } from './notification-template';

/** Messages about accounts and organisations, from the foundation's own events. */
export const ACCOUNT_TEMPLATES = defineTemplates({
  welcome: {
    category: 'account',
    text: {
      nl: (_params, recipient) => ({
        title: 'Welkom bij Meedoen',
        lines:
          recipient.role === 'employer'
            ? [
                'Je account is klaar.',
                'Eerst controleert de gemeente je organisatie. Dat duurt meestal een paar werkdagen.',
                'Daarna kun je vacatures plaatsen. We sturen je een bericht als de controle klaar is.',
              ]
            : [
                'Je account is klaar.',
                'Vul je profiel in. Dan zie je welk werk bij je past.',
                'Je casusregisseur van de gemeente helpt je daarbij.',
              ],
      }),
      en: (_params, recipient) => ({
        title: 'Welcome to Meedoen',
        lines:
          recipient.role === 'employer'
            ? [
                'Your account is ready.',
                'The municipality first checks your organisation. This usually takes a few working days.',
                'After that you can post vacancies. We will let you know when the check is done.',
              ]
            : [
                'Your account is ready.',
                'Fill in your profile. Then you will see which work suits you.',
                'Your caseworker at the municipality will help you with that.',
              ],
      }),
    },
  },
  'password-reset': {
    category: 'account',
    required: true,
    emailOnly: true,
    text: {
      nl: (params) => ({
        title: 'Kies een nieuw wachtwoord',
        lines: [
          'Je wilt een nieuw wachtwoord voor Meedoen. Open de link hieronder en kies een nieuw wachtwoord.',
          `De link werkt ${params.minutes} minuten en maar één keer.`,
          'Heb je dit niet zelf gevraagd? Doe dan niets. Je wachtwoord blijft hetzelfde.',
        ],
      }),
      en: (params) => ({
        title: 'Choose a new password',
        lines: [
          'You asked for a new password for Meedoen. Open the link below and choose a new password.',
          `The link works for ${params.minutes} minutes and only once.`,
          'Did you not ask for this? Then do nothing. Your password stays the same.',
        ],
      }),
    },
  },
  'employer-verification-decided': {
    category: 'account',
    required: true,
    text: {
      nl: (params) =>
        params.decision === 'approve'
          ? {
              title: `${params.organisation} is goedgekeurd`,
              lines: ['De gemeente heeft je organisatie gecontroleerd. Alles klopt.', 'Je kunt nu vacatures plaatsen.'],
            }
          : {
              title: `${params.organisation} is niet goedgekeurd`,
              lines: [
                'De gemeente heeft je organisatie gecontroleerd. Er klopt iets niet.',
                `De reden: ${params.reason}`,
                'Pas je gegevens aan. Dan controleert de gemeente ze opnieuw.',
              ],
            },
      en: (params) =>
        params.decision === 'approve'
          ? {
              title: `${params.organisation} has been approved`,
              lines: ['The municipality has checked your organisation. Everything is in order.', 'You can now post vacancies.'],
            }
          : {
              title: `${params.organisation} has not been approved`,
              lines: [
                'The municipality has checked your organisation. Something is not right.',
                `The reason: ${params.reason}`,
                'Change your details. Then the municipality will check them again.',
              ],
            },
    },
  },
});
