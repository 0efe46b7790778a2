import type {
  ConstraintFailure,
  ExplanationItem,
  MatchExplanation,
  MatchOutcomeKind,
  MatchedSkill,
  MissingSkill,
  PartialSkill,
  ScoreBreakdown,
} from '@meedoen/shared';
import { SUPPORT_KINDS, valuesOf } from './codes';
import { OCCUPATION_STRIDE, SKILL_STRIDE, type CompiledSeeker, type CompiledVacancy } from './compile';
import { bestSeekerSkillFor, closestOccupation, occupationSimilarity } from './scoring';
import type { TravelAssessment } from './travel';
import { MATCHING_WEIGHTS_V1 as WEIGHTS } from './weights';

function skillItems(seeker: CompiledSeeker, vacancy: CompiledVacancy): ExplanationItem[] {
  const asked = vacancy.source.skills;
  if (asked.length === 0) return [{ code: 'skills.none-asked', params: {} }];
  const matched: MatchedSkill[] = [];
  const partial: PartialSkill[] = [];
  const missing: MissingSkill[] = [];
  asked.forEach((skill, j) => {
    const best = bestSeekerSkillFor(seeker.skills, vacancy.skills, j * SKILL_STRIDE);
    const held = best < 0 ? undefined : seeker.source.skills[best / SKILL_STRIDE];
    if (!held) missing.push({ skillId: skill.skillId, required: skill.required });
    else if (held.skillId !== skill.skillId) partial.push({ skillId: skill.skillId, reason: 'related', viaSkillId: held.skillId });
    else if (held.level < skill.level) partial.push({ skillId: skill.skillId, reason: 'lower-level', level: held.level, wantedLevel: skill.level });
    else matched.push({ skillId: skill.skillId, level: held.level });
  });
  const items: ExplanationItem[] = [];
  if (matched.length) items.push({ code: 'skills.matched', params: { skills: matched } });
  if (partial.length) items.push({ code: 'skills.partial', params: { skills: partial } });
  if (missing.length) items.push({ code: 'skills.missing', params: { skills: missing, learnOnTheJob: vacancy.offersTrainingOnTheJob } });
  return items;
}

function occupationItems(seeker: CompiledSeeker, vacancy: CompiledVacancy): ExplanationItem[] {
  const items: ExplanationItem[] = [];
  const worked = closestOccupation(seeker.experience, vacancy, true);
  const workedSimilarity = worked >= 0 && occupationSimilarity(seeker.experience, worked, vacancy);
  if (workedSimilarity) {
    const { occupationId, years } = seeker.source.experience[worked / OCCUPATION_STRIDE];
    items.push({ code: 'occupation.experience', params: { occupationId, similarity: workedSimilarity, years } });
  }
  const wanted = closestOccupation(seeker.wantedOccupations, vacancy, false);
  const wantedSimilarity = wanted >= 0 && occupationSimilarity(seeker.wantedOccupations, wanted, vacancy);
  if (wantedSimilarity) {
    items.push({ code: 'occupation.wanted', params: { occupationId: seeker.source.wantedOccupations[wanted / OCCUPATION_STRIDE], similarity: wantedSimilarity } });
  }
  return items;
}

function interestItems(seeker: CompiledSeeker, vacancy: CompiledVacancy): ExplanationItem[] {
  const interests = [...new Set(seeker.source.interests)].filter((tag) => vacancy.source.themes.includes(tag));
  return interests.length ? [{ code: 'interests.shared', params: { interests } }] : [];
}

function hoursItems(seeker: CompiledSeeker, vacancy: CompiledVacancy): ExplanationItem[] {
  const items: ExplanationItem[] = [];
  if (vacancy.source.hoursPerWeek) items.push({ code: 'hours.range', params: { ...vacancy.source.hoursPerWeek } });
  if (Number.isNaN(seeker.hoursPreferred)) items.push({ code: 'data.unknown', params: { field: 'hours' } });
  return items;
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

function supportItems(seeker: CompiledSeeker, vacancy: CompiledVacancy): ExplanationItem[] {
  const offered = valuesOf(SUPPORT_KINDS, seeker.supportNeeded & vacancy.supportOffered);
  const notOffered = valuesOf(SUPPORT_KINDS, seeker.supportNeeded & ~vacancy.supportOffered);
  const items: ExplanationItem[] = [];
  if (offered.length) items.push({ code: 'support.offered', params: { support: offered } });
  if (notOffered.length) items.push({ code: 'support.not-offered', params: { support: notOffered } });
  return items;
}

function unknownDataItems(seeker: CompiledSeeker, vacancy: CompiledVacancy): ExplanationItem[] {
  const items: ExplanationItem[] = [];
  if (seeker.availability === -1 && vacancy.schedule !== 0) items.push({ code: 'data.unknown', params: { field: 'availability' } });
  if (seeker.dutchLevel === -1 && vacancy.minDutchLevel > 0) items.push({ code: 'data.unknown', params: { field: 'language' } });
  if (Number.isNaN(seeker.availableFromDay) && Number.isFinite(vacancy.startDay)) {
    items.push({ code: 'data.unknown', params: { field: 'start-date' } });
  }
  return items;
}

export interface ExplanationInput {
  seeker: CompiledSeeker;
  vacancy: CompiledVacancy;
  travel: TravelAssessment;
  outcome: MatchOutcomeKind;
  failures: readonly ConstraintFailure[];
  score: number;
  breakdown: ScoreBreakdown;
}

/** Why this seeker and vacancy do or do not fit, as codes and parameters (rendered to text in @meedoen/shared). */
export function explainMatch({ seeker, vacancy, travel, outcome, failures, score, breakdown }: ExplanationInput): MatchExplanation {
  return {
    algorithmVersion: WEIGHTS.version,
    outcome,
    score,
    breakdown,
    items: [
      ...failures.map((failure): ExplanationItem => ({ code: 'constraint.failed', params: failure })),
      ...skillItems(seeker, vacancy),
      ...occupationItems(seeker, vacancy),
      ...interestItems(seeker, vacancy),
      ...hoursItems(seeker, vacancy),
      ...travelItems(travel),
      ...supportItems(seeker, vacancy),
      ...unknownDataItems(seeker, vacancy),
    ],
  };
}
