import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { SeekerIndex, VacancyIndex, type RankedMatches, type RankOptions, type MatchingSeeker, type MatchingVacancy } from '@meedoen/matching';
import { DataSource } from 'typeorm';
import { SeekerProfile } from '../seekers/seeker-profile.entity';
import { Vacancy } from '../vacancies/vacancy.entity';
import { seekerInputOf, vacancyInputOf } from './matching-input';

/**
 * Rows changed this long before the last sync are read again: a transaction that started before the sync may
 * commit after it with an older timestamp. Re-reading is harmless, upserts are idempotent.
 */
const OVERLAP_MS = 60_000;

const today = () => new Date().toISOString().slice(0, 10);

/**
 * The matching engine's in-memory indexes, kept in step with the database: before every query the rows changed
 * since the previous query are read (an indexed `updated_at` scan), so publishing a vacancy or editing a profile
 * shows in the next answer, in every API process. Seekers are indexed per municipality, so a caseworker's
 * ranking looks only at their own residents.
 */
@Injectable()
export class MatchingIndexes {
  private readonly logger = new Logger('Matching');
  private readonly seekersByMunicipality = new Map<string, SeekerIndex>();
  private readonly municipalityOfSeeker = new Map<string, string>();
  private readonly openVacancies = new VacancyIndex();
  /** Close date per indexed vacancy: a vacancy expires without any row changing. */
  private readonly closesOn = new Map<string, string>();
  private syncedUpTo: Date | null = null;
  private sweptOn = '';
  private running: Promise<void> | null = null;
  private queued: Promise<void> | null = null;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async rankSeekersForVacancy(
    vacancy: MatchingVacancy,
    audience: 'employer' | 'caseworker',
    municipalityCodes: readonly string[] | 'all',
    options: RankOptions,
  ): Promise<RankedMatches> {
    await this.sync();
    const codes = municipalityCodes === 'all' ? [...this.seekersByMunicipality.keys()] : municipalityCodes;
    const indexes = codes.map((code) => this.seekersByMunicipality.get(code)).filter((index): index is SeekerIndex => Boolean(index));
    // Each index gives its best up to the end of the page; the merge picks the page from their union.
    const perIndex = { ...options, audience, offset: 0, limit: (options.offset ?? 0) + (options.limit ?? 50) };
    return mergeRankings(indexes.map((index) => index.rankForVacancy(vacancy, perIndex)), options);
  }

  async rankVacanciesForSeeker(seeker: MatchingSeeker, audience: 'seeker' | 'caseworker', options: RankOptions): Promise<RankedMatches> {
    await this.sync();
    return this.openVacancies.rankForSeeker(seeker, { ...options, audience });
  }

  /** Brings the indexes up to date; concurrent callers share one run, and a caller never gets a run that started earlier. */
  sync(): Promise<void> {
    if (!this.running) {
      this.running = this.readChanges().finally(() => (this.running = null));
      return this.running;
    }
    this.queued ??= this.running.then(() => {
      this.queued = null;
      return this.sync();
    });
    return this.queued;
  }

  private async readChanges(): Promise<void> {
    const startedAt = Date.now();
    const [{ now }] = await this.dataSource.query('SELECT now() AS now');
    const since = this.syncedUpTo ? new Date(this.syncedUpTo.getTime() - OVERLAP_MS) : new Date(0);
    const [profiles, vacancies] = await Promise.all([
      this.dataSource
        .getRepository(SeekerProfile)
        .createQueryBuilder('profile')
        .innerJoin('profile.user', 'user')
        .addSelect(['user.id', 'user.municipalityCode', 'user.role'])
        .where('profile.updatedAt > :since OR user.updatedAt > :since', { since })
        .getMany(),
      this.dataSource.getRepository(Vacancy).createQueryBuilder('vacancy').where('vacancy.updatedAt > :since', { since }).getMany(),
    ]);
    for (const profile of profiles) this.indexSeeker(profile);
    for (const vacancy of vacancies) this.indexVacancy(vacancy);
    this.sweepExpiredVacancies();
    if (!this.syncedUpTo) this.logger.log(`indexed ${profiles.length} seekers and ${this.openVacancies.size} open vacancies in ${Date.now() - startedAt} ms`);
    this.syncedUpTo = new Date(now);
  }

  private indexSeeker(profile: SeekerProfile) {
    const previous = this.municipalityOfSeeker.get(profile.userId);
    const municipalityCode = profile.user.role === 'seeker' ? profile.user.municipalityCode : null;
    if (previous && previous !== municipalityCode) this.seekersByMunicipality.get(previous)?.remove(profile.userId);
    if (!municipalityCode) {
      this.municipalityOfSeeker.delete(profile.userId);
      return;
    }
    let index = this.seekersByMunicipality.get(municipalityCode);
    if (!index) this.seekersByMunicipality.set(municipalityCode, (index = new SeekerIndex()));
    index.upsert(seekerInputOf(profile));
    this.municipalityOfSeeker.set(profile.userId, municipalityCode);
  }

  private indexVacancy(vacancy: Vacancy) {
    const open = vacancy.status === 'published' && (vacancy.closesOn === null || vacancy.closesOn >= today());
    if (!open) {
      this.openVacancies.remove(vacancy.id);
      this.closesOn.delete(vacancy.id);
      return;
    }
    this.openVacancies.upsert(vacancyInputOf(vacancy));
    if (vacancy.closesOn) this.closesOn.set(vacancy.id, vacancy.closesOn);
    else this.closesOn.delete(vacancy.id);
  }

  private sweepExpiredVacancies() {
    const day = today();
    if (day === this.sweptOn) return;
    for (const [id, closesOn] of this.closesOn) {
      if (closesOn < day) {
        this.openVacancies.remove(id);
        this.closesOn.delete(id);
      }
    }
    this.sweptOn = day;
  }
}

/** One page from the rankings of several indexes (each holding its best `offset + limit`), in the engine's order: score, then id. */
export function mergeRankings(rankings: RankedMatches[], options: RankOptions): RankedMatches {
  const [first] = rankings;
  const offset = options.offset ?? 0;
  const limit = options.limit ?? 50;
  const nearMissLimit = options.nearMissLimit ?? 10;
  const order = (a: { score: number; seekerId: string }, b: { score: number; seekerId: string }) =>
    b.score - a.score || (a.seekerId < b.seekerId ? -1 : a.seekerId > b.seekerId ? 1 : 0);
  return {
    algorithmVersion: first?.algorithmVersion ?? '',
    matches: rankings.flatMap((ranking) => ranking.matches).sort(order).slice(offset, offset + limit),
    nearMisses: rankings.flatMap((ranking) => ranking.nearMisses).sort(order).slice(0, nearMissLimit),
    totalMatches: sum(rankings, 'totalMatches'),
    totalNearMisses: sum(rankings, 'totalNearMisses'),
    candidates: sum(rankings, 'candidates'),
    excluded: sum(rankings, 'excluded'),
  };
}

const sum = (rankings: RankedMatches[], key: 'totalMatches' | 'totalNearMisses' | 'candidates' | 'excluded') =>
  rankings.reduce((total, ranking) => total + ranking[key], 0);
