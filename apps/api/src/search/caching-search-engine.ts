import { SearchEngine, VacancySearchDocument, VacancySearchQuery, VacancySearchResult } from './search-engine';

export const SEARCH_CACHE_TTL_MS = 30_000;
const MAX_ENTRIES = 1000;

/**
 * Keeps answers to identical searches for a short while: many people run the same few searches (the start page,
 * popular filters). Any write through this engine empties the cache; writes by another API process show up
 * here within the TTL.
 */
export class CachingSearchEngine implements SearchEngine {
  private readonly answers = new Map<string, { expires: number; result: Promise<VacancySearchResult> }>();

  constructor(
    private readonly engine: SearchEngine,
    private readonly ttlMs = SEARCH_CACHE_TTL_MS,
    private readonly now = () => Date.now(),
  ) {}

  get name() {
    return this.engine.name;
  }

  async search(query: VacancySearchQuery): Promise<VacancySearchResult> {
    const key = JSON.stringify(query);
    const cached = this.answers.get(key);
    if (cached && cached.expires > this.now()) return cached.result;
    const result = this.engine.search(query);
    this.answers.set(key, { expires: this.now() + this.ttlMs, result });
    result.catch(() => this.answers.delete(key));
    if (this.answers.size > MAX_ENTRIES) this.answers.delete(this.answers.keys().next().value!);
    return result;
  }

  async index(documents: readonly VacancySearchDocument[]): Promise<void> {
    this.answers.clear();
    await this.engine.index(documents);
    this.answers.clear();
  }

  async remove(vacancyIds: readonly string[]): Promise<void> {
    this.answers.clear();
    await this.engine.remove(vacancyIds);
    this.answers.clear();
  }

  async clear(): Promise<void> {
    this.answers.clear();
    await this.engine.clear();
    this.answers.clear();
  }

  isUp(): Promise<boolean> {
    return this.engine.isUp();
  }
}
