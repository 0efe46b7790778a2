import { CachingSearchEngine } from './caching-search-engine';
import { SearchEngine, VacancySearchQuery, VacancySearchResult } from './search-engine';

describe('search answer cache', () => {
  const result: VacancySearchResult = { hits: [], total: 0, facets: { kind: {}, hoursBand: {}, municipalityCode: {} } };
  const query: VacancySearchQuery = { text: 'kok', sort: 'relevance', page: 1, pageSize: 20, today: '2026-06-01' };
  let clock = 0;
  let engine: jest.Mocked<SearchEngine>;
  let cache: CachingSearchEngine;
  beforeEach(() => {
    clock = 0;
    engine = { name: 'postgres', search: jest.fn(async (_query: VacancySearchQuery) => result), index: jest.fn(), remove: jest.fn(), clear: jest.fn(), isUp: jest.fn() };
    cache = new CachingSearchEngine(engine, 1000, () => clock);
  });

  it('answers the same search from the cache until the TTL passes', async () => {
    await cache.search(query);
    await cache.search({ ...query });
    expect(engine.search).toHaveBeenCalledTimes(1);
    await cache.search({ ...query, page: 2 });
    expect(engine.search).toHaveBeenCalledTimes(2);
    clock = 1001;
    await cache.search(query);
    expect(engine.search).toHaveBeenCalledTimes(3);
  });

  it('forgets everything on a write', async () => {
    await cache.search(query);
    await cache.index([]);
    await cache.search(query);
    await cache.remove(['x']);
    await cache.search(query);
    expect(engine.search).toHaveBeenCalledTimes(3);
  });

  it('does not keep failures', async () => {
    engine.search.mockRejectedValueOnce(new Error('down'));
    await expect(cache.search(query)).rejects.toThrow('down');
    await expect(cache.search(query)).resolves.toBe(result);
  });
});
