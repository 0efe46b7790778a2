import { Vocabulary, compileSeeker, compileVacancy, type CompiledSeeker, type CompiledVacancy } from './compile';
import { assessForRanking, resultOf, type MatchResult, type PairAssessment } from './match';
import type { MatchingSeeker, MatchingVacancy, SkillTaxonomy } from './model';
import { createCredits } from './scoring';
import { TopN } from './top-n';
import { MATCHING_WEIGHTS_V1 as WEIGHTS } from './weights';

export interface RankOptions {
  /** Number of matches to return (default 50). */
  limit?: number;
  /** Number of near misses to return besides the matches (default 10). */
  nearMissLimit?: number;
}

export interface RankedMatches {
  algorithmVersion: string;
  /** Best first: score descending, then id ascending. */
  matches: MatchResult[];
  /** Exactly one constraint failed (not by much), best first; shown separately, flagged. */
  nearMisses: MatchResult[];
  /** How many candidates were in the index and how many were excluded by hard constraints. */
  candidates: number;
  excluded: number;
}

export interface MatchingIndexOptions {
  taxonomy: SkillTaxonomy;
}

/** Compiled entries addressable by id; removal swaps the last entry into the gap so the array stays dense. */
class CompiledCollection<T extends { id: string }> {
  readonly entries: T[] = [];
  private readonly slotOf = new Map<string, number>();

  upsert(entry: T): void {
    const slot = this.slotOf.get(entry.id);
    if (slot === undefined) {
      this.slotOf.set(entry.id, this.entries.length);
      this.entries.push(entry);
    } else {
      this.entries[slot] = entry;
    }
  }

  remove(id: string): boolean {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return false;
    const last = this.entries.pop()!;
    if (slot < this.entries.length) {
      this.entries[slot] = last;
      this.slotOf.set(last.id, slot);
    }
    this.slotOf.delete(id);
    return true;
  }
}

function rank<C extends CompiledSeeker | CompiledVacancy>(
  candidates: readonly C[],
  assess: (candidate: C, credits: Float64Array) => PairAssessment | null,
  keyOf: (pair: PairAssessment) => string,
  { limit = 50, nearMissLimit = 10 }: RankOptions,
): RankedMatches {
  const isBetter = (a: PairAssessment, b: PairAssessment) => a.score > b.score || (a.score === b.score && keyOf(a) < keyOf(b));
  const matches = new TopN(limit, isBetter);
  const nearMisses = new TopN(nearMissLimit, isBetter);
  const credits = createCredits();
  let excluded = 0;
  for (const candidate of candidates) {
    const pair = assess(candidate, credits);
    if (pair === null) excluded++;
    else (pair.outcome === 'match' ? matches : nearMisses).offer(pair);
  }
  return {
    algorithmVersion: WEIGHTS.version,
    matches: matches.best().map(resultOf),
    nearMisses: nearMisses.best().map(resultOf),
    candidates: candidates.length,
    excluded,
  };
}

/** All seekers of a municipality, kept compiled for fast ranking against one vacancy at a time. */
export class SeekerIndex {
  private readonly vocabulary: Vocabulary;
  private readonly seekers = new CompiledCollection<CompiledSeeker>();

  constructor({ taxonomy }: MatchingIndexOptions) {
    this.vocabulary = new Vocabulary(taxonomy);
  }

  get size(): number {
    return this.seekers.entries.length;
  }

  /** Adds the seeker or replaces the one with the same id. */
  upsert(seeker: MatchingSeeker): void {
    this.seekers.upsert(compileSeeker(seeker, this.vocabulary));
  }

  remove(seekerId: string): boolean {
    return this.seekers.remove(seekerId);
  }

  /** Best seekers for a vacancy. Employers only see 'employers-anonymous' seekers; caseworkers also 'caseworkers'; hidden never. */
  rankForVacancy(vacancy: MatchingVacancy, options: RankOptions & { audience: 'employer' | 'caseworker' }): RankedMatches {
    const compiled = compileVacancy(vacancy, this.vocabulary);
    return rank(
      this.seekers.entries,
      (seeker, credits) => assessForRanking(seeker, compiled, options.audience, credits),
      (pair) => pair.seeker.id,
      options,
    );
  }
}

/** All open vacancies, kept compiled for fast ranking against one seeker at a time. */
export class VacancyIndex {
  private readonly vocabulary: Vocabulary;
  private readonly vacancies = new CompiledCollection<CompiledVacancy>();

  constructor({ taxonomy }: MatchingIndexOptions) {
    this.vocabulary = new Vocabulary(taxonomy);
  }

  get size(): number {
    return this.vacancies.entries.length;
  }

  upsert(vacancy: MatchingVacancy): void {
    this.vacancies.upsert(compileVacancy(vacancy, this.vocabulary));
  }

  remove(vacancyId: string): boolean {
    return this.vacancies.remove(vacancyId);
  }

  /** Best vacancies for a seeker (shown to the seeker or their caseworker, so the seeker's visibility does not apply). */
  rankForSeeker(seeker: MatchingSeeker, options: RankOptions = {}): RankedMatches {
    const compiled = compileSeeker(seeker, this.vocabulary);
    return rank(
      this.vacancies.entries,
      (vacancy, credits) => assessForRanking(compiled, vacancy, 'seeker', credits),
      (pair) => pair.vacancy.id,
      options,
    );
  }
}

/** One-off ranking without keeping an index (small sets, tests, evaluation). */
export function rankSeekersForVacancy(
  vacancy: MatchingVacancy,
  seekers: readonly MatchingSeeker[],
  options: MatchingIndexOptions & RankOptions & { audience: 'employer' | 'caseworker' },
): RankedMatches {
  const index = new SeekerIndex(options);
  seekers.forEach((seeker) => index.upsert(seeker));
  return index.rankForVacancy(vacancy, options);
}

export function rankVacanciesForSeeker(
  seeker: MatchingSeeker,
  vacancies: readonly MatchingVacancy[],
  options: MatchingIndexOptions & RankOptions,
): RankedMatches {
  const index = new VacancyIndex(options);
  vacancies.forEach((vacancy) => index.upsert(vacancy));
  return index.rankForSeeker(seeker, options);
}
