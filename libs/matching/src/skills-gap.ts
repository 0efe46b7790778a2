import { SKILL_ID, SKILL_LEVEL, SKILL_STRIDE, type CompiledSeeker, type CompiledSkills, type CompiledVacancy } from './compile';
import { failedConstraintsExceptTravel, isVisibleTo, travelFailure } from './constraints';
import { matchContext } from './match';
import type { MatchingSeeker, MatchingVacancy } from './model';
import { createCredits, scorePair } from './scoring';
import { assessTravel } from './travel';
import type { Vocabulary } from './vocabulary';
import { MATCHING_WEIGHTS_V1 as WEIGHTS } from './weights';

export interface SkillOpportunity {
  skillId: string;
  /** Vacancies that pass every hard constraint and would reach the threshold once the seeker has this skill. */
  opensVacancies: number;
  /** Vacancies that pass every hard constraint and ask for this skill, which the seeker lacks (or has below the level asked). */
  askedBy: number;
  /** The vacancies it would open, sorted. */
  vacancyIds: string[];
}

export interface SeekerSkillsGapOptions {
  /** Score a vacancy needs to count as open to the seeker (default 50). */
  threshold?: number;
  /** Number of skills to return (default 10). */
  limit?: number;
  /** For the seeker themself (default) or their caseworker, who gets nothing for a 'hidden' profile. */
  audience?: 'seeker' | 'caseworker';
  /** ISO date of the matching (today), as in `RankOptions`. */
  asOf?: string;
}

const hasAtLevel = (held: CompiledSkills, skill: number, level: number) => {
  for (let i = 0; i < held.length; i += SKILL_STRIDE) if (held[i + SKILL_ID] === skill && held[i + SKILL_LEVEL] >= level) return true;
  return false;
};

/**
 * Which skill, learned at the level a vacancy asks, would open the most vacancies for this seeker. Skills never
 * change hard constraints, so only vacancies that already pass them count. The skill is added to the seeker's
 * own compiled copy while scoring and taken off again.
 */
export function seekerSkillsGap(
  seeker: CompiledSeeker,
  vacancies: readonly CompiledVacancy[],
  vocabulary: Vocabulary,
  { threshold = 50, limit = 10, audience = 'seeker', asOf }: SeekerSkillsGapOptions,
): SkillOpportunity[] {
  const context = matchContext(audience, asOf);
  const credits = createCredits();
  const learned = WEIGHTS.skills.sourceCredit['caseworker-confirmed'];
  const opportunities = new Map<number, { askedBy: number; vacancyIds: string[] }>();
  for (const vacancy of vacancies) {
    const travel = assessTravel(seeker, vacancy);
    if (failedConstraintsExceptTravel(seeker, vacancy, context) | travelFailure(travel)) continue;
    const isOpen = scorePair(seeker, vacancy, travel, credits) >= threshold;
    const asked = vacancy.skills;
    for (let j = 0; j < asked.length; j += SKILL_STRIDE) {
      const skill = asked[j + SKILL_ID];
      if (hasAtLevel(seeker.skills, skill, asked[j + SKILL_LEVEL])) continue;
      const opportunity = opportunities.get(skill) ?? { askedBy: 0, vacancyIds: [] };
      opportunities.set(skill, opportunity);
      opportunity.askedBy++;
      if (isOpen) continue;
      seeker.skills.push(skill, vocabulary.skillGroup(skill), asked[j + SKILL_LEVEL], learned);
      if (scorePair(seeker, vacancy, travel, credits) >= threshold) opportunity.vacancyIds.push(vacancy.id);
      seeker.skills.length -= SKILL_STRIDE;
    }
  }
  return [...opportunities]
    .map(([skill, { askedBy, vacancyIds }]) => ({
      skillId: vocabulary.skillName(skill),
      opensVacancies: vacancyIds.length,
      askedBy,
      vacancyIds: vacancyIds.sort(compareIds),
    }))
    .sort((a, b) => b.opensVacancies - a.opensVacancies || b.askedBy - a.askedBy || compareIds(a.skillId, b.skillId))
    .slice(0, limit);
}

export interface SkillShortage {
  skillId: string;
  /** Vacancies asking for the skill, and their share of all vacancies (0–1). */
  vacancies: number;
  demandShare: number;
  /** Seekers who have the skill at any level, and their share of all seekers (0–1). */
  seekers: number;
  supplyShare: number;
  /** demandShare − supplyShare: how much more often employers ask for the skill than residents have it. */
  gap: number;
}

/**
 * Skills vacancies ask for that the municipality's residents lack, largest gap first. Shares rather than counts,
 * because a municipality has many more residents than vacancies. Seekers with a 'hidden' profile are left out:
 * their profile is not used for anything but their own matches.
 */
export function skillsGapForMunicipality(
  seekers: readonly MatchingSeeker[],
  vacancies: readonly MatchingVacancy[],
  { limit = 20 }: { limit?: number } = {},
): SkillShortage[] {
  const visible = seekers.filter((seeker) => isVisibleTo(seeker.visibility, 'caseworker'));
  const demand = countPerSkill(vacancies.map((vacancy) => vacancy.skills));
  const supply = countPerSkill(visible.map((seeker) => seeker.skills));
  const share = (count: number, of: number) => (of === 0 ? 0 : count / of);
  return [...demand]
    .map(([skillId, asking]) => {
      const having = supply.get(skillId) ?? 0;
      const demandShare = share(asking, vacancies.length);
      const supplyShare = share(having, visible.length);
      return { skillId, vacancies: asking, demandShare, seekers: having, supplyShare, gap: demandShare - supplyShare };
    })
    .filter((shortage) => shortage.gap > 0)
    .sort((a, b) => b.gap - a.gap || b.vacancies - a.vacancies || compareIds(a.skillId, b.skillId))
    .slice(0, limit);
}

/** For every skill, in how many of the lists it occurs (once per list). */
function countPerSkill(skillLists: readonly (readonly { skillId: string }[])[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const list of skillLists) {
    for (const skillId of new Set(list.map((skill) => skill.skillId))) counts.set(skillId, (counts.get(skillId) ?? 0) + 1);
  }
  return counts;
}

const compareIds = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
