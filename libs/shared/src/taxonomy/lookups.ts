import { OCCUPATIONS } from './occupations.data';
import { SKILLS } from './skills.data';
import type { Occupation, Skill } from './taxonomy.types';

/** Bump when ids are removed or change meaning, so stored profiles and vacancies can be migrated. */
export const TAXONOMY_VERSION = '1.0.0';

const skillsById = new Map<string, Skill>(SKILLS.map((skill) => [skill.id, skill]));
const occupationsById = new Map<string, Occupation>(OCCUPATIONS.map((occupation) => [occupation.id, occupation]));

export function getSkill(id: string): Skill | undefined {
  return skillsById.get(id);
}

export function getOccupation(id: string): Occupation | undefined {
  return occupationsById.get(id);
}

export function isKnownSkill(id: string): boolean {
  return skillsById.has(id);
}

export function isKnownOccupation(id: string): boolean {
  return occupationsById.has(id);
}

/** ESCO skill group code of a skill; skills in the same group earn partial credit for each other in matching. */
export function skillGroupOf(skillId: string): string | undefined {
  return skillsById.get(skillId)?.escoGroup;
}

export interface OccupationSkills {
  essential: Skill[];
  optional: Skill[];
}

export function skillsForOccupation(occupationId: string): OccupationSkills | undefined {
  const occupation = occupationsById.get(occupationId);
  if (!occupation) return undefined;
  const resolve = (ids: readonly string[]) => ids.map((id) => skillsById.get(id)).filter((skill): skill is Skill => !!skill);
  return { essential: resolve(occupation.essentialSkills), optional: resolve(occupation.optionalSkills) };
}

/** Dutch label to show: the plain one when the ESCO label is stiff. */
export function occupationDisplayLabelNl(occupation: Occupation): string {
  return occupation.labelNlPlain ?? occupation.labelNl;
}

export type TaxonomyLanguage = 'nl' | 'en';

/** Label of a skill to show on its own, in the reader's language; undefined if the taxonomy no longer has it. */
export function skillLabel(skillId: string, language: TaxonomyLanguage): string | undefined {
  const skill = skillsById.get(skillId);
  return skill && (language === 'en' ? skill.labelEn : skill.labelNl);
}

export function occupationLabel(occupationId: string, language: TaxonomyLanguage): string | undefined {
  const occupation = occupationsById.get(occupationId);
  return occupation && (language === 'en' ? occupation.labelEn : occupationDisplayLabelNl(occupation));
}
