import { compileSeeker, compileVacancy, type CompiledSeeker, type CompiledVacancy } from './compile';
import { assessForRanking, matchContext } from './match';
import type { MatchingSeeker, MatchingVacancy, SkillTaxonomy } from './model';
import { rank, type RankOptions, type RankedMatches } from './ranking';
import { seekerSkillsGap, type SeekerSkillsGapOptions, type SkillOpportunity } from './skills-gap';
import { Vocabulary } from './vocabulary';

export interface MatchingIndexOptions {
  /** Skill groups for partial credit; defaults to the ESCO groups of the Meedoen taxonomy. */
  taxonomy?: SkillTaxonomy;
}

/**
 * Compiled entries addressable by id, kept in a dense array for the ranking loop. Updates are O(1): removal
 * moves the last entry into the gap, so order in the array means nothing (results are ordered by score and id).
 */
abstract class CompiledIndex<Input extends { id: string }, Compiled extends { id: string }> {
  protected readonly vocabulary: Vocabulary;
  protected readonly entries: Compiled[] = [];
  private readonly slotOf = new Map<string, number>();

  protected constructor(
    options: MatchingIndexOptions,
    private readonly compile: (input: Input, vocabulary: Vocabulary) => Compiled,
  ) {
    this.vocabulary = new Vocabulary(options.taxonomy);
  }

  get size(): number {
    return this.entries.length;
  }

  has(id: string): boolean {
    return this.slotOf.has(id);
  }

  /** Adds the entry, or replaces the one with the same id (profile edited, vacancy changed). */
  upsert(input: Input): void {
    const entry = this.compile(input, this.vocabulary);
    const slot = this.slotOf.get(entry.id);
    if (slot === undefined) {
      this.slotOf.set(entry.id, this.entries.length);
      this.entries.push(entry);
    } else {
      this.entries[slot] = entry;
    }
  }

  /** Removes the entry (profile deleted or hidden for good, vacancy filled or withdrawn); false when it was not there. */
  remove(id: string): boolean {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return false;
    const last = this.entries.pop() as Compiled;
    if (slot < this.entries.length) {
      this.entries[slot] = last;
      this.slotOf.set(last.id, slot);
    }
    this.slotOf.delete(id);
    return true;
  }
}

/** The seekers of a municipality, kept compiled for ranking against one vacancy at a time. */
export class SeekerIndex extends CompiledIndex<MatchingSeeker, CompiledSeeker> {
  constructor(options: MatchingIndexOptions = {}) {
    super(options, compileSeeker);
  }

  /**
   * Best seekers for a vacancy. Employers only find seekers whose profile is 'employers-anonymous' and get no near
   * misses; caseworkers also find 'caseworkers' profiles and get near misses. 'hidden' profiles are never found.
   */
  rankForVacancy(vacancy: MatchingVacancy, options: RankOptions & { audience: 'employer' | 'caseworker' }): RankedMatches {
    const compiled = compileVacancy(vacancy, this.vocabulary);
    const context = matchContext(options.audience, options.asOf);
    return rank(
      this.entries,
      (seeker, credits) => assessForRanking(seeker, compiled, context, credits),
      (pair) => pair.seeker.id,
      context,
      this.vocabulary,
      options,
    );
  }
}

type SeekerSideAudience = { audience?: 'seeker' | 'caseworker' };

/** All open vacancies, kept compiled for ranking against one seeker at a time. */
export class VacancyIndex extends CompiledIndex<MatchingVacancy, CompiledVacancy> {
  constructor(options: MatchingIndexOptions = {}) {
    super(options, compileVacancy);
  }

  /**
   * Best vacancies for a seeker, for the seeker themself (default) or their caseworker. A caseworker gets nothing
   * for a 'hidden' profile: every vacancy is then excluded by the visibility constraint.
   */
  rankForSeeker(seeker: MatchingSeeker, options: RankOptions & SeekerSideAudience = {}): RankedMatches {
    const compiled = compileSeeker(seeker, this.vocabulary);
    const context = matchContext(options.audience ?? 'seeker', options.asOf);
    return rank(
      this.entries,
      (vacancy, credits) => assessForRanking(compiled, vacancy, context, credits),
      (pair) => pair.vacancy.id,
      context,
      this.vocabulary,
      options,
    );
  }

  /** Which missing skills would open the most of these vacancies for the seeker (see `SkillOpportunity`). */
  skillsGapForSeeker(seeker: MatchingSeeker, options: SeekerSkillsGapOptions = {}): SkillOpportunity[] {
    return seekerSkillsGap(compileSeeker(seeker, this.vocabulary), this.entries, this.vocabulary, options);
  }
}
