import type { ConstraintFailure, MatchExplanation, MatchOutcomeKind, ScoreBreakdown } from '@meedoen/shared';
import { epochDay } from './codes';
import { compileSeeker, compileVacancy, type CompiledSeeker, type CompiledVacancy } from './compile';
import {
  describeFailures,
  failedConstraintsExceptTravel,
  isNearMiss,
  isSingleFailure,
  isVisibilityFailure,
  travelFailure,
  type MatchContext,
} from './constraints';
import { explainMatch } from './explanation';
import type { Audience, MatchingSeeker, MatchingVacancy, SkillTaxonomy } from './model';
import { breakdownOf, createCredits, scorePair } from './scoring';
import { assessTravel, isBeyondNearMissReach, type TravelAssessment } from './travel';
import { Vocabulary } from './vocabulary';
import { MATCHING_WEIGHTS_V1 as WEIGHTS, SCORE_PARTS } from './weights';

export interface MatchResult {
  seekerId: string;
  vacancyId: string;
  /** 'near-miss': exactly one hard constraint failed, and not by much. Ranked results never contain 'excluded'. */
  outcome: MatchOutcomeKind;
  /** Integer 0–100. */
  score: number;
  /** Integer points per part, adding up exactly to `score`. */
  breakdown: ScoreBreakdown;
  /** Empty for a match, the one failure for a near miss, all failures when excluded. */
  failedConstraints: ConstraintFailure[];
  explanation: MatchExplanation;
}

/** A pair that survived the hard constraints (or nearly did), with its score: enough to rank, not yet explained. */
export interface PairAssessment {
  seeker: CompiledSeeker;
  vacancy: CompiledVacancy;
  travel: TravelAssessment;
  failed: number;
  outcome: MatchOutcomeKind;
  score: number;
}

export function matchContext(audience: Audience, asOf: string | undefined): MatchContext {
  return { audience, asOfDay: epochDay(asOf) };
}

function outcomeOf(
  failed: number,
  seeker: CompiledSeeker,
  vacancy: CompiledVacancy,
  travel: TravelAssessment,
  context: MatchContext,
): MatchOutcomeKind {
  if (failed === 0) return 'match';
  return isNearMiss(failed, seeker, vacancy, travel, context) ? 'near-miss' : 'excluded';
}

/** Ranking hot path: null for an excluded pair, decided by the cheapest checks first (bitmasks, then a chord-length prefilter). */
export function assessForRanking(
  seeker: CompiledSeeker,
  vacancy: CompiledVacancy,
  context: MatchContext,
  credits: Float64Array,
): PairAssessment | null {
  const failedExceptTravel = failedConstraintsExceptTravel(seeker, vacancy, context);
  if (failedExceptTravel !== 0 && (isVisibilityFailure(failedExceptTravel) || !isSingleFailure(failedExceptTravel))) return null;
  if (isBeyondNearMissReach(seeker, vacancy)) return null;
  const travel = assessTravel(seeker, vacancy);
  const failed = failedExceptTravel | travelFailure(travel);
  const outcome = outcomeOf(failed, seeker, vacancy, travel, context);
  if (outcome === 'excluded') return null;
  return { seeker, vacancy, travel, failed, outcome, score: scorePair(seeker, vacancy, travel, credits) };
}

const NO_POINTS = Object.fromEntries(SCORE_PARTS.map((part) => [part, 0])) as ScoreBreakdown;

/** A profile the audience may not see: nothing about the seeker is scored or explained, only that it is not visible. */
function invisibleResult(seeker: CompiledSeeker, vacancy: CompiledVacancy): MatchResult {
  const failure: ConstraintFailure = { constraint: 'visibility' };
  return {
    seekerId: seeker.id,
    vacancyId: vacancy.id,
    outcome: 'excluded',
    score: 0,
    breakdown: { ...NO_POINTS },
    failedConstraints: [failure],
    explanation: {
      algorithmVersion: WEIGHTS.version,
      outcome: 'excluded',
      score: 0,
      breakdown: { ...NO_POINTS },
      items: [{ code: 'constraint.failed', params: failure }],
    },
  };
}

/** The full result with breakdown and explanation; only built for pairs that are shown. */
export function resultOf(
  { seeker, vacancy, travel, failed, outcome }: Omit<PairAssessment, 'score'>,
  context: MatchContext,
  vocabulary: Vocabulary,
): MatchResult {
  if (isVisibilityFailure(failed)) return invisibleResult(seeker, vacancy);
  const credits = createCredits();
  const score = scorePair(seeker, vacancy, travel, credits);
  const breakdown = breakdownOf(credits, score);
  const failures = describeFailures(failed, seeker, vacancy, travel, context);
  return {
    seekerId: seeker.id,
    vacancyId: vacancy.id,
    outcome,
    score,
    breakdown,
    failedConstraints: failures,
    explanation: explainMatch({ seeker, vacancy, vocabulary, travel, outcome, failures, score, breakdown }),
  };
}

export interface EvaluateMatchOptions {
  /** Who will see the result; decides whether the seeker's profile may be used at all. */
  audience: Audience;
  /** Skill groups for partial credit; defaults to the ESCO groups of the Meedoen taxonomy. */
  taxonomy?: SkillTaxonomy;
  /** ISO date of the matching (today): no start is expected sooner than the lead time after it (see weights). */
  asOf?: string;
}

/** One seeker against one vacancy, including every reason it is excluded if it is. */
export function evaluateMatch(seeker: MatchingSeeker, vacancy: MatchingVacancy, options: EvaluateMatchOptions): MatchResult {
  const vocabulary = new Vocabulary(options.taxonomy);
  const context = matchContext(options.audience, options.asOf);
  const compiledSeeker = compileSeeker(seeker, vocabulary);
  const compiledVacancy = compileVacancy(vacancy, vocabulary);
  const travel = assessTravel(compiledSeeker, compiledVacancy);
  const failed = failedConstraintsExceptTravel(compiledSeeker, compiledVacancy, context) | travelFailure(travel);
  const outcome = outcomeOf(failed, compiledSeeker, compiledVacancy, travel, context);
  return resultOf({ seeker: compiledSeeker, vacancy: compiledVacancy, travel, failed, outcome }, context, vocabulary);
}
