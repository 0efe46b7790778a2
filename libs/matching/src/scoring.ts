import type { OccupationSimilarity, ScoreBreakdown, ScorePartId } from '@meedoen/shared';
import { bitCount } from './codes';
import {
  OCCUPATION_ID,
  OCCUPATION_STRIDE,
  OCCUPATION_UNIT_GROUP,
  OCCUPATION_WEIGHT,
  SKILL_GROUP,
  SKILL_ID,
  SKILL_LEVEL,
  SKILL_STRIDE,
  SKILL_WEIGHT,
  type CompiledOccupations,
  type CompiledSeeker,
  type CompiledSkills,
  type CompiledVacancy,
} from './compile';
import type { TravelAssessment } from './travel';
import { MATCHING_WEIGHTS_V1 as WEIGHTS, SCORE_PARTS } from './weights';

/**
 * The soft score: per part a credit between 0 and 1, times the part's points. Credits are computed into a
 * caller-owned array so ranking 100,000 candidates allocates nothing here.
 */

const { parts: POINTS, skills: SKILL_WEIGHTS, occupation: OCCUPATION, unknownCredit: UNKNOWN } = WEIGHTS;
const POINTS_IN_ORDER = SCORE_PARTS.map((part) => POINTS[part]);
const PART = Object.fromEntries(SCORE_PARTS.map((part, k) => [part, k])) as Record<ScorePartId, number>;

/** Credit (0–1) of seeker skill at `i` towards vacancy skill at `j`: the same skill or one in the same ESCO group, at the level asked. */
export function skillPairCredit(held: CompiledSkills, i: number, asked: CompiledSkills, j: number): number {
  let kind: number;
  if (held[i + SKILL_ID] === asked[j + SKILL_ID]) kind = 1;
  else if (asked[j + SKILL_GROUP] >= 0 && held[i + SKILL_GROUP] === asked[j + SKILL_GROUP]) kind = SKILL_WEIGHTS.relatedSkillCredit;
  else return 0;
  return kind * Math.min(1, held[i + SKILL_LEVEL] / asked[j + SKILL_LEVEL]) * held[i + SKILL_WEIGHT];
}

/** Offset of the seeker skill that best covers the vacancy skill at `j`, or -1. */
export function bestSeekerSkillFor(held: CompiledSkills, asked: CompiledSkills, j: number): number {
  let best = -1;
  let bestCredit = 0;
  for (let i = 0; i < held.length; i += SKILL_STRIDE) {
    const credit = skillPairCredit(held, i, asked, j);
    if (credit > bestCredit) {
      best = i;
      bestCredit = credit;
    }
  }
  return best;
}

function skillsCredit(seeker: CompiledSeeker, vacancy: CompiledVacancy): number {
  if (vacancy.skillWeightTotal === 0) return 1;
  const held = seeker.skills;
  const asked = vacancy.skills;
  let covered = 0;
  for (let j = 0; j < asked.length; j += SKILL_STRIDE) {
    let best = 0;
    for (let i = 0; i < held.length; i += SKILL_STRIDE) {
      const credit = skillPairCredit(held, i, asked, j);
      if (credit > best) best = credit;
    }
    covered += asked[j + SKILL_WEIGHT] * best;
  }
  return covered / vacancy.skillWeightTotal;
}

/** Occupation similarity as a rank (0 none … 3 exact), numeric so the ranking loop does no string work. */
const SIMILARITY_BY_RANK: readonly (OccupationSimilarity | null)[] = [null, 'related-group', 'same-group', 'exact'];
const CREDIT_BY_RANK = SIMILARITY_BY_RANK.map((similarity) => (similarity ? OCCUPATION.similarity[similarity] : 0));

function similarityRank(occupations: CompiledOccupations, k: number, vacancy: CompiledVacancy): number {
  if (occupations[k + OCCUPATION_ID] === vacancy.occupation) return 3;
  const group = occupations[k + OCCUPATION_UNIT_GROUP];
  if (group < 0 || vacancy.occupationUnitGroup < 0) return 0;
  if (group === vacancy.occupationUnitGroup) return 2;
  return Math.floor(group / 10) === Math.floor(vacancy.occupationUnitGroup / 10) ? 1 : 0;
}

export const occupationSimilarity = (occupations: CompiledOccupations, k: number, vacancy: CompiledVacancy): OccupationSimilarity | null =>
  SIMILARITY_BY_RANK[similarityRank(occupations, k, vacancy)];

const occupationCreditAt = (occupations: CompiledOccupations, k: number, vacancy: CompiledVacancy): number =>
  k < 0 ? 0 : CREDIT_BY_RANK[similarityRank(occupations, k, vacancy)];

/**
 * Offset of the occupation with the highest credit, or -1 when none is similar. With `byWeight` the credit is
 * similarity × weight (years of experience), so five years in a similar job beat one month in the same job.
 */
export function closestOccupation(occupations: CompiledOccupations, vacancy: CompiledVacancy, byWeight: boolean): number {
  let best = -1;
  let bestCredit = 0;
  for (let k = 0; k < occupations.length; k += OCCUPATION_STRIDE) {
    const credit = occupationCreditAt(occupations, k, vacancy) * (byWeight ? occupations[k + OCCUPATION_WEIGHT] : 1);
    if (credit > bestCredit) {
      best = k;
      bestCredit = credit;
    }
  }
  return best;
}

function occupationCredit(occupations: CompiledOccupations, vacancy: CompiledVacancy, unknownWhenEmpty: boolean): number {
  if (vacancy.occupation < 0 || (unknownWhenEmpty && occupations.length === 0)) return UNKNOWN;
  return occupationCreditAt(occupations, closestOccupation(occupations, vacancy, false), vacancy);
}

/** Years in the same or a similar occupation, discounted by similarity. */
function relevantExperienceYears(seeker: CompiledSeeker, vacancy: CompiledVacancy): number {
  const best = closestOccupation(seeker.experience, vacancy, true);
  return best < 0 ? 0 : seeker.experience[best + OCCUPATION_WEIGHT] * occupationCreditAt(seeker.experience, best, vacancy);
}

function experienceCredit(seeker: CompiledSeeker, vacancy: CompiledVacancy): number {
  if (vacancy.occupation < 0) return UNKNOWN;
  const years = relevantExperienceYears(seeker, vacancy);
  if (vacancy.experienceYearsWanted > 0) return Math.min(1, years / vacancy.experienceYearsWanted);
  return years > 0 ? 1 : UNKNOWN;
}

function interestsCredit(seeker: CompiledSeeker, vacancy: CompiledVacancy): number {
  if (seeker.interests.length === 0 || vacancy.themes.length === 0) return UNKNOWN;
  let shared = 0;
  for (let k = 0; k < seeker.interests.length; k++) if (vacancy.themes.includes(seeker.interests[k])) shared++;
  return shared / Math.min(seeker.interests.length, vacancy.themes.length);
}

/** How close the vacancy's hours come to the seeker's preferred hours. */
function hoursCredit(seeker: CompiledSeeker, vacancy: CompiledVacancy): number {
  if (Number.isNaN(seeker.hoursPreferred) || Number.isNaN(vacancy.hoursMin)) return UNKNOWN;
  const preferred = seeker.hoursPreferred;
  const closest = Math.min(Math.max(preferred, vacancy.hoursMin), vacancy.hoursMax);
  return 1 - Math.min(1, Math.abs(closest - preferred) / Math.max(1, preferred));
}

function travelCredit(travel: TravelAssessment): number {
  switch (travel.status) {
    case 'remote':
      return 1;
    case 'unknown':
      return UNKNOWN;
    case 'too-far':
      return 0;
    case 'reachable':
      return 1 - (1 - WEIGHTS.travel.creditAtLimit) * Math.min(1, travel.distanceKm / travel.reachKm);
  }
}

function supportCredit(seeker: CompiledSeeker, vacancy: CompiledVacancy): number {
  if (seeker.supportNeeded === 0) return 1;
  return bitCount(seeker.supportNeeded & vacancy.supportOffered) / bitCount(seeker.supportNeeded);
}

export const createCredits = (): Float64Array => new Float64Array(SCORE_PARTS.length);

/** Fills `credits` (in SCORE_PARTS order) and returns the integer score 0–100. */
export function scorePair(seeker: CompiledSeeker, vacancy: CompiledVacancy, travel: TravelAssessment, credits: Float64Array): number {
  credits[PART.skills] = skillsCredit(seeker, vacancy);
  credits[PART.occupation] = occupationCredit(seeker.experience, vacancy, false);
  credits[PART.experience] = experienceCredit(seeker, vacancy);
  credits[PART['wanted-occupation']] = occupationCredit(seeker.wantedOccupations, vacancy, true);
  credits[PART.interests] = interestsCredit(seeker, vacancy);
  credits[PART.hours] = hoursCredit(seeker, vacancy);
  credits[PART.travel] = travelCredit(travel);
  credits[PART.support] = supportCredit(seeker, vacancy);
  let points = 0;
  for (let k = 0; k < POINTS_IN_ORDER.length; k++) points += POINTS_IN_ORDER[k] * credits[k];
  return Math.round(points);
}

/**
 * Integer points per part that add up exactly to `score`: every part gets its points rounded down, and the
 * points left over go to the parts with the largest remainders (largest-remainder method; ties by part order).
 */
export function breakdownOf(credits: Float64Array, score: number): ScoreBreakdown {
  const exact = POINTS_IN_ORDER.map((points, k) => points * credits[k]);
  const whole = exact.map(Math.floor);
  let leftOver = score - whole.reduce((sum, points) => sum + points, 0);
  const byRemainder = exact.map((_, k) => k).sort((a, b) => exact[b] - whole[b] - (exact[a] - whole[a]) || a - b);
  for (const k of byRemainder) {
    if (leftOver <= 0) break;
    whole[k]++;
    leftOver--;
  }
  return Object.fromEntries(SCORE_PARTS.map((part, k) => [part, whole[k]])) as ScoreBreakdown;
}
