import { Vocabulary, compileSeeker, compileVacancy } from './compile';
import { failedConstraintsExceptTravel, travelFailure } from './constraints';
import type { MatchingSeeker, MatchingVacancy, SkillTaxonomy } from './model';
import { createCredits, scorePair } from './scoring';
import { assessTravel } from './travel';

export interface SkillOpportunity {
  skillId: string;
  /** Vacancies that pass every hard constraint and would reach the threshold once the seeker has this skill. */
  opensVacancies: number;
  vacancyIds: string[];
}

export interface SeekerSkillsGapOptions {
  taxonomy: SkillTaxonomy;
  /** Score a vacancy needs to count as open to the seeker (default 50). */
  threshold?: number;
  limit?: number;
}

/**
 * Which skill, learned at the level a vacancy asks, would open the most vacancies for this seeker. Skills never
 * change hard constraints, so only vacancies that already pass them but score below the threshold can open.
 */
export function skillsGapForSeeker(
  seeker: MatchingSeeker,
  vacancies: readonly MatchingVacancy[],
  { taxonomy, threshold = 50, limit = 10 }: SeekerSkillsGapOptions,
): SkillOpportunity[] {
  const vocabulary = new Vocabulary(taxonomy);
  const compiledSeeker = compileSeeker(seeker, vocabulary);
  const held = new Set(seeker.skills.map((s) => s.skillId));
  const credits = createCredits();
  const opened = new Map<string, string[]>();
  for (const vacancy of vacancies) {
    const compiledVacancy = compileVacancy(vacancy, vocabulary);
    const travel = assessTravel(compiledSeeker, compiledVacancy);
    if (failedConstraintsExceptTravel(compiledSeeker, compiledVacancy, 'seeker') | travelFailure(travel)) continue;
    if (scorePair(compiledSeeker, compiledVacancy, travel, credits) >= threshold) continue;
    for (const asked of vacancy.skills) {
      if (held.has(asked.skillId)) continue;
      const learned = { skillId: asked.skillId, level: asked.level, source: 'certificate' as const };
      const withSkill = compileSeeker({ ...seeker, skills: [...seeker.skills, learned] }, vocabulary);
      if (scorePair(withSkill, compiledVacancy, travel, credits) < threshold) continue;
      const ids = opened.get(asked.skillId) ?? [];
      if (ids[ids.length - 1] !== vacancy.id) ids.push(vacancy.id);
      opened.set(asked.skillId, ids);
    }
  }
  return [...opened]
    .map(([skillId, vacancyIds]) => ({ skillId, opensVacancies: vacancyIds.length, vacancyIds: vacancyIds.sort() }))
    .sort((a, b) => b.opensVacancies - a.opensVacancies || compareIds(a.skillId, b.skillId))
    .slice(0, limit);
}

export interface SkillShortage {
  skillId: string;
  /** Vacancies asking for the skill. */
  demand: number;
  /** Seekers who have it, at any level. */
  supply: number;
  /** demand − supply; only skills with a positive gap are listed. */
  gap: number;
}

/** Skills vacancies ask for that the municipality's residents lack, largest gap first. */
export function skillsGapForMunicipality(
  seekers: readonly MatchingSeeker[],
  vacancies: readonly MatchingVacancy[],
  { limit = 20 }: { limit?: number } = {},
): SkillShortage[] {
  const demand = countPerSkill(vacancies.map((v) => v.skills.map((s) => s.skillId)));
  const supply = countPerSkill(seekers.map((s) => s.skills.map((skill) => skill.skillId)));
  return [...demand]
    .map(([skillId, asked]) => ({ skillId, demand: asked, supply: supply.get(skillId) ?? 0, gap: asked - (supply.get(skillId) ?? 0) }))
    .filter((shortage) => shortage.gap > 0)
    .sort((a, b) => b.gap - a.gap || b.demand - a.demand || compareIds(a.skillId, b.skillId))
    .slice(0, limit);
}

/** For every skill, in how many of the lists it occurs (once per list). */
function countPerSkill(skillLists: string[][]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const list of skillLists) for (const skillId of new Set(list)) counts.set(skillId, (counts.get(skillId) ?? 0) + 1);
  return counts;
}

export const compareIds = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
