import { MeiliSearch, type Index } from 'meilisearch';
import {
  hoursBandOf,
  SearchEngine,
  VacancySearchDocument,
  VacancySearchHit,
  VacancySearchQuery,
  VacancySearchResult,
} from './search-engine';

/** A vacancy as Meilisearch stores it: dates as numbers so they can be filtered and sorted. */
interface MeiliVacancy extends Omit<VacancySearchHit, 'location'> {
  description: string;
  occupationTerms: string[];
  skillTerms: string[];
  hoursBand: string;
  publishedAtMs: number;
  /** End of the close day (ms); no close date: the largest safe integer, so one filter covers both. */
  closesAtMs: number;
  _geo?: { lat: number; lng: number };
}

const FAR_FUTURE = Number.MAX_SAFE_INTEGER;
const SETTINGS = {
  // Order is the weighting: title before occupation and skills before description.
  searchableAttributes: ['title', 'occupationTerms', 'skillTerms', 'description', 'employerName', 'city'],
  filterableAttributes: ['kind', 'hoursMin', 'hoursMax', 'skillIds', 'closesAtMs', '_geo', 'municipalityCode', 'hoursBand'],
  sortableAttributes: ['publishedAtMs', '_geo'],
  displayedAttributes: ['*'],
};
const quote = (value: string) => `"${value.replace(/["\\]/g, '')}"`;

/** Meilisearch behind the same interface: typo tolerance and prefix search are built in; no Dutch stemming. */
export class MeilisearchSearchEngine implements SearchEngine {
  readonly name = 'meilisearch' as const;
  private readonly client: MeiliSearch;
  private ready?: Promise<Index<MeiliVacancy>>;

  constructor(host: string, apiKey: string | undefined, private readonly indexName = 'vacancies') {
    this.client = new MeiliSearch({ host, apiKey });
  }

  /** Creates the index with its settings once; later calls reuse it. */
  private indexReady(): Promise<Index<MeiliVacancy>> {
    this.ready ??= (async () => {
      const created = await this.client.createIndex(this.indexName, { primaryKey: 'id' });
      await this.client.waitForTask(created.taskUid);
      const index = this.client.index<MeiliVacancy>(this.indexName);
      const settings = await index.updateSettings(SETTINGS);
      await this.client.waitForTask(settings.taskUid);
      return index;
    })().catch((error) => {
      this.ready = undefined;
      throw error;
    });
    return this.ready;
  }

  async index(documents: readonly VacancySearchDocument[]): Promise<void> {
    if (!documents.length) return;
    const index = await this.indexReady();
    const task = await index.addDocuments(documents.map(toMeili), { primaryKey: 'id' });
    await this.client.waitForTask(task.taskUid, { timeOutMs: 60_000 });
  }

  async remove(vacancyIds: readonly string[]): Promise<void> {
    if (!vacancyIds.length) return;
    const index = await this.indexReady();
    const task = await index.deleteDocuments([...vacancyIds]);
    await this.client.waitForTask(task.taskUid);
  }

  async clear(): Promise<void> {
    const index = await this.indexReady();
    const task = await index.deleteAllDocuments();
    await this.client.waitForTask(task.taskUid);
  }

  /** Deletes the whole index (contract tests use their own). */
  async drop(): Promise<void> {
    await this.client.deleteIndexIfExists(this.indexName);
    this.ready = undefined;
  }

  async isUp(): Promise<boolean> {
    return this.client.isHealthy();
  }

  async search(query: VacancySearchQuery): Promise<VacancySearchResult> {
    const index = await this.indexReady();
    const filter = [`closesAtMs >= ${Date.parse(`${query.today}T00:00:00Z`)}`];
    if (query.kinds?.length) filter.push(`kind IN [${query.kinds.map(quote).join(', ')}]`);
    if (query.hoursMin !== undefined) filter.push(`hoursMax >= ${query.hoursMin}`);
    if (query.hoursMax !== undefined) filter.push(`hoursMin <= ${query.hoursMax}`);
    if (query.skillIds?.length) filter.push(`skillIds IN [${query.skillIds.map(quote).join(', ')}]`);
    if (query.municipalityCodes?.length) filter.push(`municipalityCode IN [${query.municipalityCodes.map(quote).join(', ')}]`);
    if (query.near?.radiusKm !== undefined) filter.push(`_geoRadius(${query.near.lat}, ${query.near.lon}, ${query.near.radiusKm * 1000})`);
    const sort: string[] = [];
    const hasText = !!query.text?.trim();
    if (query.near && (query.sort === 'distance' || (query.sort === 'relevance' && !hasText))) sort.push(`_geoPoint(${query.near.lat}, ${query.near.lon}):asc`);
    if (query.sort === 'newest' || (query.sort !== 'distance' && !hasText && !query.near)) sort.push('publishedAtMs:desc');
    const response = await index.search(query.text?.slice(0, 200) ?? '', {
      filter,
      sort,
      facets: ['kind', 'hoursBand', 'municipalityCode'],
      page: query.page,
      hitsPerPage: query.pageSize,
    });
    const distribution = response.facetDistribution ?? {};
    return {
      hits: response.hits.map(toHit),
      total: response.totalHits,
      facets: { kind: distribution.kind ?? {}, hoursBand: distribution.hoursBand ?? {}, municipalityCode: distribution.municipalityCode ?? {} },
    };
  }
}

function toMeili(document: VacancySearchDocument): MeiliVacancy {
  const { location, publishedAt, closesOn, ...rest } = document;
  return {
    ...rest,
    publishedAt,
    closesOn,
    hoursBand: hoursBandOf(document.hoursMax),
    publishedAtMs: Date.parse(publishedAt),
    closesAtMs: closesOn ? Date.parse(`${closesOn}T23:59:59Z`) : FAR_FUTURE,
    ...(location ? { _geo: { lat: location.lat, lng: location.lon } } : {}),
  };
}

function toHit(document: MeiliVacancy): VacancySearchHit {
  return {
    id: document.id,
    title: document.title,
    teaser: document.teaser,
    kind: document.kind,
    occupationId: document.occupationId,
    skillIds: document.skillIds,
    employerId: document.employerId,
    employerName: document.employerName,
    city: document.city,
    municipalityCode: document.municipalityCode,
    hoursMin: document.hoursMin,
    hoursMax: document.hoursMax,
    workplace: document.workplace,
    location: document._geo ? { lat: document._geo.lat, lon: document._geo.lng } : null,
    publishedAt: document.publishedAt,
    closesOn: document.closesOn,
  };
}
