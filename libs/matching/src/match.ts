import type { ConstraintFailure, MatchExplanation, MatchOutcomeKind, ScoreBreakdown } from '@meedoen/shared';
import { Vocabulary, compileSeeker, compileVacancy, type CompiledSeeker, type CompiledVacancy } from './compile';
import {
  describeFailures,
  failedConstraintsExceptTravel,
  isSingleFailure,
  isVisibilityFailure,
  isWithinNearMissTolerance,
  singleFailureId,
  travelFailure,
} from './constraints';
import { explainMatch } from './explanation';
import type { Audience, MatchingSeeker, MatchingVacancy, SkillTaxonomy } from './model';
import { breakdownOf, createCredits, scorePair } from './scoring';
import { assessTravel, isBeyondNearMissReach, type TravelAssessment } from './travel';

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

function outcomeOf(failed: number, seeker: CompiledSeeker, vacancy: CompiledVacancy, travel: TravelAssessment): MatchOutcomeKind {
  if (failed === 0) return 'match';
  const nearMiss = isSingleFailure(failed) && isWithinNearMissTolerance(singleFailureId(failed), seeker, vacancy, travel);
  return nearMiss ? 'near-miss' : 'excluded';
}

/** Ranking hot path: null for an excluded pair, decided by the cheapest checks first (bitmasks, then a chord-length prefilter). */
export function assessForRanking(
  seeker: CompiledSeeker,
  vacancy: CompiledVacancy,
  audience: Audience,
  credits: Float64Array,
): PairAssessment | null {
  const failedExceptTravel = failedConstraintsExceptTravel(seeker, vacancy, audience);
  if (failedExceptTravel !== 0 && (isVisibilityFailure(failedExceptTravel) || !isSingleFailure(failedExceptTravel))) return null;
  if (isBeyondNearMissReach(seeker, vacancy)) return null;
  const travel = assessTravel(seeker, vacancy);
  const failed = failedExceptTravel | travelFailure(travel);
  const outcome = outcomeOf(failed, seeker, vacancy, travel);
  if (outcome === 'excluded') return null;
  return { seeker, vacancy, travel, failed, outcome, score: scorePair(seeker, vacancy, travel, credits) };
}

/** The full result with breakdown and explanation; only built for pairs that are shown. */
export function resultOf({ seeker, vacancy, travel, failed, outcome }: Omit<PairAssessment, 'score'>): MatchResult {
  const credits = createCredits();
  const score = scorePair(seeker, vacancy, travel, credits);
  const breakdown = breakdownOf(credits, score);
  const failedConstraints = describeFailures(failed, seeker, vacancy, travel);
  return {
    seekerId: seeker.id,
    vacancyId: vacancy.id,
    outcome,
    score,
    breakdown,
    failedConstraints,
    explanation: explainMatch({ seeker, vacancy, travel, outcome, failures: failedConstraints, score, breakdown }),
  };
}

export interface EvaluateMatchOptions {
  taxonomy: SkillTaxonomy;
  audience: Audience;
}

/** One seeker against one vacancy, including why it is excluded if it is. */
export function evaluateMatch(seeker: MatchingSeeker, vacancy: MatchingVacancy, { taxonomy, audience }: EvaluateMatchOptions): MatchResult {
  const vocabulary = new Vocabulary(taxonomy);
  const compiledSeeker = compileSeeker(seeker, vocabulary);
  const compiledVacancy = compileVacancy(vacancy, vocabulary);
  const travel = assessTravel(compiledSeeker, compiledVacancy);
  const failed = failedConstraintsExceptTravel(compiledSeeker, compiledVacancy, audience) | travelFailure(travel);
  const outcome = outcomeOf(failed, compiledSeeker, compiledVacancy, travel);
  return resultOf({ seeker: compiledSeeker, vacancy: compiledVacancy, travel, failed, outcome });
}
