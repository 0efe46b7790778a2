import { occupationLabel, skillLabel } from '../taxonomy/lookups';
import { sectorLabel } from '../taxonomy/sector-labels';
import type { ExplanationLabels } from './render';

/** 'Office cleaning' → 'office cleaning' inside a sentence; 'HACCP certificate' stays as it is. */
const inSentence = (label: string) => (/^[A-Z][a-z]/.test(label) ? label[0].toLowerCase() + label.slice(1) : label);

const englishInSentence = (label: string | undefined, locale: 'nl' | 'en') => (label && locale === 'en' ? inSentence(label) : label);

/** Labels of the Meedoen taxonomy for `renderExplanation`: plain Dutch (B1) or English skill, occupation and sector names. */
export const TAXONOMY_LABELS: ExplanationLabels = {
  skill: (skillId, locale) => englishInSentence(skillLabel(skillId, locale), locale),
  occupation: (occupationId, locale) => englishInSentence(occupationLabel(occupationId, locale), locale),
  interest: (interest, locale) => sectorLabel(interest, locale),
};
