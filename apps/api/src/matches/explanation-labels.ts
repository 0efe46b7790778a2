import { getOccupation, getSkill, occupationDisplayLabelNl, type ExplanationLabels } from '@meedoen/shared';

/** Taxonomy labels for explanations: the plain Dutch label where there is one, else ESCO's. */
export const TAXONOMY_LABELS: ExplanationLabels = {
  skill: (skillId, locale) => {
    const skill = getSkill(skillId);
    return skill && (locale === 'nl' ? skill.labelNl : skill.labelEn);
  },
  occupation: (occupationId, locale) => {
    const occupation = getOccupation(occupationId);
    return occupation && (locale === 'nl' ? occupationDisplayLabelNl(occupation) : occupation.labelEn);
  },
};
