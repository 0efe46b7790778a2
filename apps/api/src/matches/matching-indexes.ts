import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { SeekerIndex, VacancyIndex, type MatchingSeeker, type MatchingVacancy, type RankedMatches, type RankOptions, type SkillOpportunity } from '@meedoen/matching';
import { DataSource } from 'typeorm';
import { Vacancy } from '../vacancies/vacancy.entity';
import { seekerInputOf, vacancyInputOf, type MatchableProfile } from './matching-input';

/**
 * Rows changed this long before the last sync are read again: a transaction that started before the sync may
 * commit after it with an older timestamp. Re-reading is harmless, upserts are idempotent.
 */
const OVERLAP_MS = 5_000;

/** A profile counts as changed when it or its user (municipality, role) changed; both lookups use an index. */
const CHANGED_SEEKER_IDS_SQL = `
  SELECT user_id AS id FROM seeker_profile WHERE updated_at > $1
   UNION
  SELECT id FROM "user" WHERE updated_at > $1 AND role = 'seeker'`;

/** Changed profiles with what the engine needs, read without entity hydration (100,000 rows in a few seconds). */
const SEEKERS_SQL = `
  SELECT p.user_id AS "userId", u.municipality_code AS "municipalityCode", u.role, p.visibility, p.skills, p.experience,
         p.wanted_occupations AS "wantedOccupations", p.interests, p.hours_min AS "hoursMin", p.hours_max AS "hoursMax",
         p.hours_preferred AS "hoursPreferred", p.availability, p.latitude, p.longitude, p.travel,
         p.has_driving_licence AS "hasDrivingLicence", p.dutch_level AS "dutchLevel", p.available_from::text AS "availableFrom",
         p.limitations, p.unwanted_kinds AS "unwantedKinds", p.support_needed AS "supportNeeded"
    FROM seeker_profile p JOIN "user" u ON u.id = p.user_id
   WHERE p.user_id = ANY($1::uuid[])`;

type ChangedSeeker = MatchableProfile & { municipalityCode: string | null; role: string };

const today = () => new Date().toISOString().slice(0, 10);

/**
 * The matching engine's in-memory indexes, kept in step with the database: before every query the rows changed
 * since the previous query are read (an indexed `updated_at` scan), so publishing a vacancy or editing a profile
 * shows in the next answer, in every API process. Seekers are indexed per municipality, so a caseworker's
 * ranking looks only at their own residents.
 */
@Injectable()
export class MatchingIndexes implements OnApplicationBootstrap {
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

  /** Builds the indexes in the background at start-up, so the first person asking does not wait for it. */
  onApplicationBootstrap() {
    this.sync().catch((error: Error) => this.logger.warn(`matching indexes not built yet: ${error.message}`));
  }

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

  /** The missing skills that would open the most open vacancies to this seeker. */
  async skillsGapForSeeker(seeker: MatchingSeeker, audience: 'seeker' | 'caseworker', asOf: string): Promise<SkillOpportunity[]> {
    await this.sync();
    return this.openVacancies.skillsGapForSeeker(seeker, { audience, asOf });
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
      this.changedSeekers(since),
      this.dataSource.getRepository(Vacancy).createQueryBuilder('vacancy').where('vacancy.updatedAt > :since', { since }).getMany(),
    ]);
    for (const profile of profiles) this.indexSeeker(profile);
    for (const vacancy of vacancies) this.indexVacancy(vacancy);
    this.sweepExpiredVacancies();
    if (!this.syncedUpTo) this.logger.log(`indexed ${profiles.length} seekers and ${this.openVacancies.size} open vacancies in ${Date.now() - startedAt} ms`);
    this.syncedUpTo = new Date(now);
  }

  private async changedSeekers(since: Date): Promise<ChangedSeeker[]> {
    const changed: { id: string }[] = await this.dataSource.query(CHANGED_SEEKER_IDS_SQL, [since]);
    if (changed.length === 0) return [];
    return this.dataSource.query(SEEKERS_SQL, [changed.map((row) => row.id)]);
  }

  private indexSeeker(profile: ChangedSeeker) {
    const previous = this.municipalityOfSeeker.get(profile.userId);
    const municipalityCode = profile.role === 'seeker' ? profile.municipalityCode : null;
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
