import type {
  ConstraintFailure,
  ExplanationItem,
  MatchExplanation,
  MatchOutcomeKind,
  MatchedSkill,
  MissingSkill,
  PartialSkill,
  ScoreBreakdown,
  SkillLevel,
  UnknownField,
} from '@meedoen/shared';
import { SUPPORT_KINDS, valuesOf } from './codes';
import {
  OCCUPATION_ID,
  OCCUPATION_WEIGHT,
  SKILL_ID,
  SKILL_LEVEL,
  SKILL_STRIDE,
  type CompiledOccupations,
  type CompiledSeeker,
  type CompiledVacancy,
} from './compile';
import { bestSeekerSkillFor, closestOccupation, occupationSimilarity } from './scoring';
import type { TravelAssessment } from './travel';
import type { Vocabulary } from './vocabulary';
import { MATCHING_WEIGHTS_V1 as WEIGHTS } from './weights';

type Pair = { seeker: CompiledSeeker; vacancy: CompiledVacancy; vocabulary: Vocabulary };

/** Per skill the vacancy asks: held (at the level asked), partly held (lower level or a related skill), or missing. */
function skillItems({ seeker, vacancy, vocabulary }: Pair): ExplanationItem[] {
  const asked = vacancy.skills;
  const held = seeker.skills;
  if (asked.length === 0) return [{ code: 'skills.none-asked', params: {} }];
  const matched: MatchedSkill[] = [];
  const partial: PartialSkill[] = [];
  const missing: MissingSkill[] = [];
  for (let j = 0; j < asked.length; j += SKILL_STRIDE) {
    const skillId = vocabulary.skillName(asked[j + SKILL_ID]);
    const best = bestSeekerSkillFor(held, asked, j);
    if (best < 0) {
      missing.push({ skillId, required: j / SKILL_STRIDE < vacancy.requiredSkillCount });
      continue;
    }
    const level = held[best + SKILL_LEVEL] as SkillLevel;
    const wantedLevel = asked[j + SKILL_LEVEL] as SkillLevel;
    if (held[best + SKILL_ID] !== asked[j + SKILL_ID]) {
      partial.push({ skillId, reason: 'related', viaSkillId: vocabulary.skillName(held[best + SKILL_ID]) });
    } else if (level < wantedLevel) partial.push({ skillId, reason: 'lower-level', level, wantedLevel });
    else matched.push({ skillId, level });
  }
  const items: ExplanationItem[] = [];
  if (matched.length) items.push({ code: 'skills.matched', params: { skills: matched } });
  if (partial.length) items.push({ code: 'skills.partial', params: { skills: partial } });
  if (missing.length) items.push({ code: 'skills.missing', params: { skills: missing, learnOnTheJob: vacancy.offersTrainingOnTheJob } });
  return items;
}

function closest(occupations: CompiledOccupations, vacancy: CompiledVacancy) {
  const k = closestOccupation(occupations, vacancy, false);
  const similarity = k < 0 ? null : occupationSimilarity(occupations, k, vacancy);
  return similarity ? { k, similarity } : null;
}

function occupationItems({ seeker, vacancy, vocabulary }: Pair): ExplanationItem[] {
  const items: ExplanationItem[] = [];
  const worked = closest(seeker.experience, vacancy);
  if (worked) {
    const occupationId = vocabulary.occupationName(seeker.experience[worked.k + OCCUPATION_ID]);
    const years = seeker.experience[worked.k + OCCUPATION_WEIGHT];
    items.push({ code: 'occupation.experience', params: { occupationId, similarity: worked.similarity, years } });
  }
  const wanted = closest(seeker.wantedOccupations, vacancy);
  if (wanted) {
    const occupationId = vocabulary.occupationName(seeker.wantedOccupations[wanted.k + OCCUPATION_ID]);
    items.push({ code: 'occupation.wanted', params: { occupationId, similarity: wanted.similarity } });
  }
  return items;
}

function interestItems({ seeker, vacancy, vocabulary }: Pair): ExplanationItem[] {
  const interests = seeker.interests.filter((tag) => vacancy.themes.includes(tag)).map((tag) => vocabulary.tagName(tag));
  return interests.length ? [{ code: 'interests.shared', params: { interests } }] : [];
}

function hoursItems({ vacancy }: Pair): ExplanationItem[] {
  return Number.isNaN(vacancy.hoursMin) ? [] : [{ code: 'hours.range', params: { min: vacancy.hoursMin, max: vacancy.hoursMax } }];
}

function travelItems(travel: TravelAssessment): ExplanationItem[] {
  switch (travel.status) {
    case 'remote':
      return [{ code: 'travel.remote', params: {} }];
    case 'unknown':
      return [{ code: 'travel.unknown', params: { missing: travel.missing } }];
    case 'reachable':
      return [{ code: 'travel.time', params: { mode: travel.mode, minutes: travel.minutes, distanceKm: travel.distanceKm } }];
    case 'too-far':
      return []; // already reported as the failed constraint
  }
}

function supportItems({ seeker, vacancy }: Pair): ExplanationItem[] {
  const offered = valuesOf(SUPPORT_KINDS, seeker.supportNeeded & vacancy.supportOffered);
  const notOffered = valuesOf(SUPPORT_KINDS, seeker.supportNeeded & ~vacancy.supportOffered);
  const items: ExplanationItem[] = [];
  if (offered.length) items.push({ code: 'support.offered', params: { support: offered } });
  if (notOffered.length) items.push({ code: 'support.not-offered', params: { support: notOffered } });
  return items;
}

/** Missing seeker data that matters for this vacancy: a person should check it, so the explanation says so. */
function unknownDataItems({ seeker, vacancy }: Pair): ExplanationItem[] {
  const unknown = (field: UnknownField): ExplanationItem => ({ code: 'data.unknown', params: { field } });
  const items: ExplanationItem[] = [];
  if (seeker.skills.length === 0 && vacancy.skills.length > 0) items.push(unknown('skills'));
  if (Number.isNaN(seeker.hoursMin)) items.push(unknown('hours'));
  if (seeker.availability === -1 && vacancy.schedule !== 0) items.push(unknown('availability'));
  if (seeker.dutchLevel === -1 && vacancy.minDutchLevel > 0) items.push(unknown('language'));
  if (Number.isNaN(seeker.availableFromDay) && Number.isFinite(vacancy.startDay)) items.push(unknown('start-date'));
  return items;
}

interface ExplanationInput extends Pair {
  travel: TravelAssessment;
  outcome: MatchOutcomeKind;
  failures: readonly ConstraintFailure[];
  score: number;
  breakdown: ScoreBreakdown;
}

/** Why this seeker and vacancy do or do not fit, as codes and parameters (rendered to text by `renderExplanation`). */
export function explainMatch(input: ExplanationInput): MatchExplanation {
  const { travel, outcome, failures, score, breakdown } = input;
  return {
    algorithmVersion: WEIGHTS.version,
    outcome,
    score,
    breakdown,
    items: [
      ...failures.map((failure): ExplanationItem => ({ code: 'constraint.failed', params: failure })),
      ...skillItems(input),
      ...occupationItems(input),
      ...interestItems(input),
      ...hoursItems(input),
      ...travelItems(travel),
      ...supportItems(input),
      ...unknownDataItems(input),
    ],
  };
}
