import { DataSource } from 'typeorm';
import { testServerUrl } from '../../test/test-database';
import { loadConfig } from '../config/app-config';
import { dataSourceOptions } from '../database/data-source-options';
import { dropDatabase, ensureDatabase } from '../database/local-postgres';
import { MeilisearchSearchEngine } from './meilisearch-search-engine';
import { PostgresSearchEngine } from './postgres-search-engine';
import { SearchEngine, VacancySearchDocument, VacancySearchQuery } from './search-engine';

const TODAY = '2026-06-01';
const GENDRINGEN = { lat: 51.87, lon: 6.37 };
const DOETINCHEM = { lat: 51.965, lon: 6.29 };
const EINDHOVEN = { lat: 51.44, lon: 5.47 };

let sequence = 0;
function doc(overrides: Partial<VacancySearchDocument>): VacancySearchDocument {
  sequence++;
  return {
    id: `00000000-0000-4000-8000-${String(sequence).padStart(12, '0')}`,
    title: 'Medewerker',
    teaser: '',
    description: 'Een fijne plek in een klein team.',
    kind: 'regular',
    occupationId: null,
    occupationTerms: [],
    skillIds: [],
    skillTerms: [],
    employerId: '00000000-0000-4000-8000-000000000001',
    employerName: 'Werkgever',
    city: 'Doetinchem',
    municipalityCode: 'GM0222',
    hoursMin: 16,
    hoursMax: 24,
    workplace: 'on-site',
    location: DOETINCHEM,
    publishedAt: `2026-05-${String(10 + (sequence % 18)).padStart(2, '0')}T09:00:00.000Z`,
    closesOn: null,
    ...overrides,
  };
}

const DOCUMENTS = {
  cleaner: doc({ title: 'Schoonmaker kantoren', kind: 'regular', skillIds: ['office-cleaning'], skillTerms: ['kantoren schoonmaken'], hoursMin: 12, hoursMax: 20, location: GENDRINGEN, municipalityCode: 'GM1509', city: 'Gendringen' }),
  gardener: doc({ title: 'Hovenier in het park', kind: 'work-experience', skillIds: ['hedge-trimming'], skillTerms: ['heggen snoeien'], hoursMin: 24, hoursMax: 32 }),
  cafe: doc({ title: 'Medewerker café De Zon', kind: 'community-job', description: 'Koffie zetten en gasten ontvangen.', hoursMin: 8, hoursMax: 12 }),
  warehouse: doc({ title: 'Orderpicker magazijn', kind: 'regular', description: 'Je werkt soms samen met de schoonmaker.', hoursMin: 32, hoursMax: 40, location: EINDHOVEN, municipalityCode: 'GM0772', city: 'Eindhoven' }),
  volunteer: doc({ title: 'Vrijwilliger voedselbank', kind: 'volunteer', skillIds: ['teamwork'], skillTerms: ['samenwerken'], hoursMin: 4, hoursMax: 8, location: GENDRINGEN, municipalityCode: 'GM1509' }),
  expired: doc({ title: 'Hovenier verlopen', kind: 'regular', closesOn: '2026-05-31' }),
  closingToday: doc({ title: 'Kassamedewerker supermarkt', kind: 'regular', closesOn: TODAY, skillTerms: ['schoonmaken'] }),
};

const query = (overrides: Partial<VacancySearchQuery> = {}): VacancySearchQuery => ({ sort: 'relevance', page: 1, pageSize: 20, today: TODAY, ...overrides });
const titles = (result: { hits: { title: string }[] }) => result.hits.map((hit) => hit.title);

/** Every engine must answer the same questions the same way; Meilisearch only runs when a server answers at MEILI_URL. */
async function reachableEngines(): Promise<{ name: string; create: () => Promise<{ engine: SearchEngine; close: () => Promise<void> }> }[]> {
  const engines: { name: string; create: () => Promise<{ engine: SearchEngine; close: () => Promise<void> }> }[] = [
    {
      name: 'postgres',
      create: async () => {
        const name = `meedoen_search_contract_${Date.now()}_${process.pid}`;
        const url = await ensureDatabase(testServerUrl(), name);
        const dataSource = new DataSource(dataSourceOptions(url));
        await dataSource.initialize();
        await dataSource.runMigrations();
        return {
          engine: new PostgresSearchEngine(dataSource),
          close: async () => {
            await dataSource.destroy();
            await dropDatabase(testServerUrl(), name);
          },
        };
      },
    },
  ];
  const config = loadConfig({ ...process.env, NODE_ENV: 'test' });
  const meiliUrl = config.meiliUrl ?? 'http://127.0.0.1:7700';
  const probe = new MeilisearchSearchEngine(meiliUrl, config.meiliApiKey, 'probe');
  if (await probe.isUp().catch(() => false)) {
    engines.push({
      name: 'meilisearch',
      create: async () => {
        const engine = new MeilisearchSearchEngine(meiliUrl, config.meiliApiKey, `vacancies_contract_${process.pid}_${Date.now()}`);
        return { engine, close: () => engine.drop() };
      },
    });
  } else {
    console.log(`Meilisearch contract tests SKIPPED: no server answers at ${meiliUrl} (set MEILI_URL to run them)`);
  }
  return engines;
}

describe('search engine contract', () => {
  let engines: Awaited<ReturnType<typeof reachableEngines>>;
  beforeAll(async () => {
    engines = await reachableEngines();
  });

  it('runs against every reachable engine', async () => {
    for (const { name, create } of engines) {
      const { engine, close } = await create();
      try {
        await runContract(engine);
      } catch (error) {
        (error as Error).message = `[${name}] ${(error as Error).message}`;
        throw error;
      } finally {
        await close();
      }
    }
  }, 120_000);
});

async function runContract(engine: SearchEngine) {
  await engine.index(Object.values(DOCUMENTS));

  // Dutch text: stemming and prefixes, accents, typos, phrases.
  expect(titles(await engine.search(query({ text: 'schoonmaken' })))).toEqual(expect.arrayContaining(['Schoonmaker kantoren']));
  expect(titles(await engine.search(query({ text: 'hovenir' })))).toEqual(['Hovenier in het park']);
  expect(titles(await engine.search(query({ text: 'cafe' })))).toEqual(['Medewerker café De Zon']);
  expect(titles(await engine.search(query({ text: 'CAFÉ' })))).toEqual(['Medewerker café De Zon']);
  expect(titles(await engine.search(query({ text: '"orderpicker magazijn"' })))).toEqual(['Orderpicker magazijn']);
  // Title before skills before description.
  const ranked = titles(await engine.search(query({ text: 'schoonmaker' })));
  expect(ranked[0]).toBe('Schoonmaker kantoren');
  expect(ranked.indexOf('Schoonmaker kantoren')).toBeLessThan(ranked.indexOf('Orderpicker magazijn'));

  // Filters.
  expect(titles(await engine.search(query({ kinds: ['volunteer', 'community-job'], sort: 'newest' }))).sort()).toEqual(['Medewerker café De Zon', 'Vrijwilliger voedselbank']);
  expect(titles(await engine.search(query({ hoursMin: 30, hoursMax: 40 }))).sort()).toEqual(['Hovenier in het park', 'Orderpicker magazijn']);
  expect(titles(await engine.search(query({ skillIds: ['teamwork', 'hedge-trimming'] }))).sort()).toEqual(['Hovenier in het park', 'Vrijwilliger voedselbank']);
  expect(titles(await engine.search(query({ municipalityCodes: ['GM1509', 'GM0197'] }))).sort()).toEqual(['Schoonmaker kantoren', 'Vrijwilliger voedselbank']);
  const nearby = await engine.search(query({ near: { ...GENDRINGEN, radiusKm: 5 } }));
  expect(titles(nearby).sort()).toEqual(['Schoonmaker kantoren', 'Vrijwilliger voedselbank']);
  const byDistance = titles(await engine.search(query({ near: { ...EINDHOVEN }, sort: 'distance' })));
  expect(byDistance[0]).toBe('Orderpicker magazijn');
  expect(byDistance[byDistance.length - 1]).not.toBe('Orderpicker magazijn');

  expect((await engine.search(query({ near: { ...EINDHOVEN }, sort: 'newest' }))).total).toBe(6);
  expect(titles(await engine.search(query({ text: 'magazijn', near: { ...EINDHOVEN }, sort: 'newest' })))).toEqual(['Orderpicker magazijn']);

  // Expired vacancies are not found; one closing today still is.
  const all = await engine.search(query({ sort: 'newest' }));
  expect(all.total).toBe(6);
  expect(titles(all)).not.toContain('Hovenier verlopen');
  expect(titles(all)).toContain('Kassamedewerker supermarkt');
  const newest = all.hits.map((hit) => hit.publishedAt);
  expect([...newest].sort().reverse()).toEqual(newest);

  // Facets count the whole result, not the page.
  const page = await engine.search(query({ pageSize: 2, sort: 'newest' }));
  expect(page.hits).toHaveLength(2);
  expect(page.total).toBe(6);
  expect(page.facets.kind).toEqual({ regular: 3, 'work-experience': 1, 'community-job': 1, volunteer: 1 });
  expect(page.facets.hoursBand).toEqual({ 'up-to-12': 2, '13-24': 2, '25-32': 1, '33-plus': 1 });
  expect(page.facets.municipalityCode).toEqual({ GM1509: 2, GM0222: 3, GM0772: 1 });
  expect((await engine.search(query({ page: 50 }))).hits).toEqual([]);

  // Hostile text is only text.
  for (const text of ["'; DROP TABLE vacancy_search_document; --", 'a & b | !c <-> d:*', '\\', '"', 'x'.repeat(200)]) {
    const result = await engine.search(query({ text }));
    expect(Array.isArray(result.hits)).toBe(true);
  }
  expect((await engine.search(query({ sort: 'newest' }))).total).toBe(6);

  // Changes and removals.
  await engine.index([{ ...DOCUMENTS.cafe, title: 'Barista café De Zon' }]);
  expect(titles(await engine.search(query({ text: 'barista' })))).toEqual(['Barista café De Zon']);
  await engine.remove([DOCUMENTS.cafe.id]);
  expect((await engine.search(query({ text: 'barista' }))).total).toBe(0);
}
