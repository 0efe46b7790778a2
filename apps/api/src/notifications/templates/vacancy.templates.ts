import type { Language } from '../../users/user.entity';
import { defineTemplates, type TemplateParams } from './notification-template';

const DATE_FORMAT: Record<Language, Intl.DateTimeFormat> = {
  nl: new Intl.DateTimeFormat('nl-NL', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' }),
  en: new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' }),
};

/** A calendar date (YYYY-MM-DD) in words: "1 december 2026". */
const onDate = (language: Language, date: TemplateParams[string]) => DATE_FORMAT[language].format(new Date(`${date}T00:00:00Z`));

/** What happens to an employer's vacancies without them doing anything. */
export const VACANCY_TEMPLATES = defineTemplates({
  'vacancy-expired': {
    category: 'vacancies',
    text: {
      nl: (params) => ({
        title: `Vacature gesloten: ${params.vacancyTitle}`,
        lines: [
          `De sluitdatum was ${onDate('nl', params.closesOn)}. Daarom hebben we de vacature gesloten.`,
          'Niemand kan nu nog reageren. De reacties die er al zijn, blijven staan.',
          'Zoek je nog iemand? Maak dan een nieuwe vacature.',
        ],
      }),
      en: (params) => ({
        title: `Vacancy closed: ${params.vacancyTitle}`,
        lines: [
          `The closing date was ${onDate('en', params.closesOn)}. That is why we closed the vacancy.`,
          'Nobody can apply any more. The applications you already have stay.',
          'Are you still looking for someone? Then make a new vacancy.',
        ],
      }),
    },
  },
});
