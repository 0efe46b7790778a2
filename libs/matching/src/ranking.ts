import type { MatchContext } from './constraints';
import { resultOf, type MatchResult, type PairAssessment } from './match';
import { createCredits } from './scoring';
import { TopN } from './top-n';
import type { Vocabulary } from './vocabulary';
import { MATCHING_WEIGHTS_V1 as WEIGHTS } from './weights';

export interface RankOptions {
  /** Matches per page (default 50). */
  limit?: number;
  /** Matches to skip, for the next pages (default 0). */
  offset?: number;
  /** Matches and near misses scoring below this are left out (default 0). */
  minScore?: number;
  /** Near misses to return besides the matches (default 10). Employers never get near misses. */
  nearMissLimit?: number;
  /** ISO date of the matching (today): no start is expected sooner than the lead time after it (see weights). */
  asOf?: string;
}

export interface RankedMatches {
  algorithmVersion: string;
  /** One page of matches, best first: score descending, then id ascending. */
  matches: MatchResult[];
  /** Exactly one constraint failed, and not by much; best first, shown separately and flagged. Not paged. */
  nearMisses: MatchResult[];
  /** Matches and near misses at or above `minScore`, for paging. */
  totalMatches: number;
  totalNearMisses: number;
  /** Candidates in the index, and how many of them a hard constraint excluded. */
  candidates: number;
  excluded: number;
}

const countOr = (value: number | undefined, fallback: number) =>
  Number.isFinite(value) ? Math.max(0, Math.floor(value as number)) : fallback;

/**
 * Scores every candidate against the one on the other side and keeps the best in two bounded heaps, so a query
 * costs one pass over the index; breakdowns and explanations are built only for the page that is returned.
 */
export function rank<C>(
  candidates: readonly C[],
  assess: (candidate: C, credits: Float64Array) => PairAssessment | null,
  keyOf: (pair: PairAssessment) => string,
  context: MatchContext,
  vocabulary: Vocabulary,
  options: RankOptions,
): RankedMatches {
  const limit = countOr(options.limit, 50);
  const offset = countOr(options.offset, 0);
  const minScore = options.minScore ?? 0;
  const nearMissLimit = countOr(options.nearMissLimit, 10);
  const isBetter = (a: PairAssessment, b: PairAssessment) => a.score > b.score || (a.score === b.score && keyOf(a) < keyOf(b));
  const matches = new TopN(offset + limit, isBetter);
  const nearMisses = new TopN(nearMissLimit, isBetter);
  const credits = createCredits();
  let excluded = 0;
  let totalMatches = 0;
  let totalNearMisses = 0;
  for (const candidate of candidates) {
    const pair = assess(candidate, credits);
    if (pair === null) excluded++;
    else if (pair.score < minScore) continue;
    else if (pair.outcome === 'match') {
      totalMatches++;
      matches.offer(pair);
    } else {
      totalNearMisses++;
      nearMisses.offer(pair);
    }
  }
  const explain = (pair: PairAssessment) => resultOf(pair, context, vocabulary);
  return {
    algorithmVersion: WEIGHTS.version,
    matches: matches.best().slice(offset).map(explain),
    nearMisses: nearMisses.best().map(explain),
    totalMatches,
    totalNearMisses,
    candidates: candidates.length,
    excluded,
  };
}
