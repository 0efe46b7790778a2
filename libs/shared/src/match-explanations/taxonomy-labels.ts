import { getOccupation, getSkill, occupationDisplayLabelNl } from '../taxonomy/lookups';
import { sectorLabel } from '../taxonomy/sector-labels';
import type { ExplanationLabels } from './render';

/** 'Office cleaning' → 'office cleaning' inside a sentence; 'HACCP certificate' stays as it is. */
const inSentence = (label: string) => (/^[A-Z][a-z]/.test(label) ? label[0].toLowerCase() + label.slice(1) : label);

/** Labels of the Meedoen taxonomy for `renderExplanation`: plain Dutch (B1) or English skill, occupation and sector names. */
export const TAXONOMY_LABELS: ExplanationLabels = {
  skill(skillId, locale) {
    const skill = getSkill(skillId);
    return skill && (locale === 'nl' ? skill.labelNl : inSentence(skill.labelEn));
  },
  occupation(occupationId, locale) {
    const occupation = getOccupation(occupationId);
    return occupation && (locale === 'nl' ? occupationDisplayLabelNl(occupation) : inSentence(occupation.labelEn));
  },
  interest: (interest, locale) => sectorLabel(interest, locale),
};
