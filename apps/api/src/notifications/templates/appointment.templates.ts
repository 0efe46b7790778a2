import type { Language } from '../../users/user.entity';
import { defineTemplates, type TemplateParams } from './notification-template';

const WHEN_FORMAT: Record<Language, Intl.DateTimeFormat> = {
  nl: new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', weekday: 'long', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' }),
  en: new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', weekday: 'long', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' }),
};

/** "dinsdag 3 december om 10:00" in Dutch time. */
const when = (language: Language, iso: TemplateParams[string]) => WHEN_FORMAT[language].format(new Date(String(iso)));

/** Where or how the conversation takes place. */
function where(language: Language, params: TemplateParams): string {
  if (params.mode === 'video') return language === 'nl' ? 'Hoe: met video. De link staat in Meedoen.' : 'How: by video. The link is in Meedoen.';
  if (params.mode === 'phone') return language === 'nl' ? 'Hoe: je regisseur belt je.' : 'How: your caseworker will call you.';
  return language === 'nl' ? `Waar: ${params.location}` : `Where: ${params.location}`;
}

const about = (language: Language, params: TemplateParams) => (language === 'nl' ? `Waarover: ${params.purpose}` : `About: ${params.purpose}`);

/** Appointments between a resident and a caseworker: planned, moved, cancelled, reminded and missed. */
export const APPOINTMENT_TEMPLATES = defineTemplates({
  'appointment-planned': {
    category: 'appointments',
    text: {
      nl: (params) => ({
        title: `Nieuwe afspraak: ${when('nl', params.startsAt)}`,
        lines: ['Je regisseur heeft een afspraak met je gemaakt.', where('nl', params), about('nl', params), 'Kun je komen? Bevestig de afspraak in Meedoen.'],
      }),
      en: (params) => ({
        title: `New appointment: ${when('en', params.startsAt)}`,
        lines: ['Your caseworker has made an appointment with you.', where('en', params), about('en', params), 'Can you come? Confirm the appointment in Meedoen.'],
      }),
    },
  },
  'appointment-moved': {
    category: 'appointments',
    text: {
      nl: (params) => ({
        title: `Je afspraak is verzet naar ${when('nl', params.startsAt)}`,
        lines: [`De afspraak van ${when('nl', params.previousStartsAt)} is verzet.`, `De nieuwe tijd: ${when('nl', params.startsAt)}.`, where('nl', params), 'Kun je dan komen? Bevestig de afspraak opnieuw in Meedoen.'],
      }),
      en: (params) => ({
        title: `Your appointment has moved to ${when('en', params.startsAt)}`,
        lines: [`The appointment of ${when('en', params.previousStartsAt)} has moved.`, `The new time: ${when('en', params.startsAt)}.`, where('en', params), 'Can you come then? Confirm the appointment again in Meedoen.'],
      }),
    },
  },
  'appointment-cancelled': {
    category: 'appointments',
    text: {
      nl: (params) => ({
        title: `Je afspraak van ${when('nl', params.startsAt)} gaat niet door`,
        lines: ['Je regisseur heeft de afspraak afgezegd.', `De reden: ${params.reason}`, 'Heb je vragen? Neem contact op met je regisseur.'],
      }),
      en: (params) => ({
        title: `Your appointment of ${when('en', params.startsAt)} is cancelled`,
        lines: ['Your caseworker has cancelled the appointment.', `The reason: ${params.reason}`, 'Do you have questions? Contact your caseworker.'],
      }),
    },
  },
  'appointment-reminder': {
    category: 'appointments',
    text: {
      nl: (params) => ({
        title: `${params.hoursBefore === 2 ? 'Straks' : 'Morgen'}: afspraak met je regisseur`,
        lines: [`Je hebt een afspraak op ${when('nl', params.startsAt)}.`, where('nl', params), about('nl', params), 'Kun je toch niet? Laat het je regisseur zo snel mogelijk weten.'],
      }),
      en: (params) => ({
        title: `${params.hoursBefore === 2 ? 'Soon' : 'Tomorrow'}: appointment with your caseworker`,
        lines: [`You have an appointment on ${when('en', params.startsAt)}.`, where('en', params), about('en', params), 'Can you not come after all? Let your caseworker know as soon as you can.'],
      }),
    },
  },
  'appointment-missed': {
    category: 'appointments',
    text: {
      nl: (params) => ({
        title: 'We hebben je gemist bij je afspraak',
        lines: [`Je was er niet bij de afspraak van ${when('nl', params.startsAt)}.`, 'Dat kan gebeuren.', 'Je regisseur neemt contact met je op. Samen maken jullie een nieuwe afspraak.'],
      }),
      en: (params) => ({
        title: 'We missed you at your appointment',
        lines: [`You were not at the appointment of ${when('en', params.startsAt)}.`, 'That can happen.', 'Your caseworker will contact you. Together you make a new appointment.'],
      }),
    },
  },
  'appointment-no-show': {
    category: 'appointments',
    text: {
      nl: (params) => ({
        title: `Niet verschenen: ${params.seekerName}`,
        lines: [`${params.seekerName} was er niet bij de afspraak van ${when('nl', params.startsAt)}.`, 'Er staat een actie voor je klaar: neem contact op.'],
      }),
      en: (params) => ({
        title: `Did not come: ${params.seekerName}`,
        lines: [`${params.seekerName} was not at the appointment of ${when('en', params.startsAt)}.`, 'A follow-up action waits for you: get in touch.'],
      }),
    },
  },
});
