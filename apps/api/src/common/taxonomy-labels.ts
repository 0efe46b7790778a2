import { getOccupation, getSkill, occupationDisplayLabelNl } from '@meedoen/shared';
import type { Language } from '../users/user.entity';

/** Label of a taxonomy skill in the reader's language; the id itself if the taxonomy no longer has it. */
export function skillLabel(skillId: string, language: Language): string {
  const skill = getSkill(skillId);
  if (!skill) return skillId;
  return language === 'en' ? skill.labelEn : skill.labelNl;
}

export function occupationLabel(occupationId: string, language: Language): string {
  const occupation = getOccupation(occupationId);
  if (!occupation) return occupationId;
  return language === 'en' ? occupation.labelEn : occupationDisplayLabelNl(occupation);
}
