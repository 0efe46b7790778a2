// Developer helper (not a benchmark): keeps a database with 50k documents and prints timings per query shape.
import 'reflect-metadata';
import { lookupPc4 } from '@meedoen/shared';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source-options';
import { ensureDatabase } from '../src/database/local-postgres';
import { PostgresSearchEngine } from '../src/search/postgres-search-engine';
import { generateDocuments, mixedQueries } from './generated-vacancies';

async function main() {
  const url = await ensureDatabase('postgres://postgres@127.0.0.1:5432', 'meedoen_bench_dev');
  const dataSource = new DataSource(dataSourceOptions(url));
  await dataSource.initialize();
  await dataSource.runMigrations();
  const engine = new PostgresSearchEngine(dataSource);
  if (process.argv[2] === 'load') {
    await engine.index(generateDocuments(50_000));
    await dataSource.query('VACUUM ANALYZE vacancy_search_document'); await dataSource.query('VACUUM ANALYZE vacancy_search_text');
    await dataSource.query('VACUUM ANALYZE search_vocabulary');
  }
  const queries = mixedQueries(1000);
  const byShape = new Map<number, number[]>();
  for (let i = 0; i < 300; i++) {
    const query = queries[i];
    const centre = query.pc4 ? lookupPc4(query.pc4)! : undefined;
    const start = performance.now();
    await engine.search({ text: query.text, kinds: query.kinds, hoursMin: query.hoursMin, hoursMax: query.hoursMax, skillIds: query.skillIds,
      near: centre ? { lat: centre.lat, lon: centre.lon, radiusKm: query.radiusKm } : undefined, sort: query.sort, page: 1, pageSize: 20, today: '2026-06-01' });
    const ms = performance.now() - start;
    if (!byShape.has(i % 10)) byShape.set(i % 10, []);
    byShape.get(i % 10)!.push(ms);
    if (ms > 80) console.log(Math.round(ms), JSON.stringify(query));
  }
  for (const [shape, times] of [...byShape].sort((a, b) => a[0] - b[0])) {
    times.sort((a, b) => a - b);
    console.log(`shape ${shape}: median ${times[Math.floor(times.length / 2)].toFixed(1)} max ${times[times.length - 1].toFixed(1)}`);
  }
  await dataSource.destroy();
}
main();
