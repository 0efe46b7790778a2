import { defineTemplates } from './notification-template';

/** Alerts of a seeker's saved searches: one vacancy at once, or what is new since the last alert. */
export const SAVED_SEARCH_TEMPLATES = defineTemplates({
  'saved-search-match': {
    category: 'saved-searches',
    text: {
      nl: (params) => ({
        title: `Nieuwe vacature bij je zoekopdracht: ${params.vacancyTitle}`,
        lines: [`${params.employerName} heeft een nieuwe vacature.`, `Die past bij je zoekopdracht "${params.searchName}".`],
      }),
      en: (params) => ({
        title: `A new vacancy for your search: ${params.vacancyTitle}`,
        lines: [`${params.employerName} has a new vacancy.`, `It fits your search "${params.searchName}".`],
      }),
    },
  },
  'saved-search-new-vacancies': {
    category: 'saved-searches',
    text: {
      nl: (params) => ({
        title: params.count === 1 ? `1 nieuwe vacature bij "${params.searchName}"` : `${params.count} nieuwe vacatures bij "${params.searchName}"`,
        lines: [`Nieuw sinds de vorige keer: ${params.titles}${Number(params.count) > 3 ? ' en meer' : ''}.`, 'Bekijk ze in Meedoen.'],
      }),
      en: (params) => ({
        title: params.count === 1 ? `1 new vacancy for "${params.searchName}"` : `${params.count} new vacancies for "${params.searchName}"`,
        lines: [`New since last time: ${params.titles}${Number(params.count) > 3 ? ' and more' : ''}.`, 'See them in Meedoen.'],
      }),
    },
  },
});
