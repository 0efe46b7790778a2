// Vacancy search on 50,000 generated vacancies: node scripts/run-ts.mjs apps/api/bench/vacancy-search.bench.ts
// 1. p95 of 1,000 mixed queries through the PostgreSQL SearchEngine, in process (target ≤ 50 ms).
// 2. GET /api/v1/vacancies under 50 concurrent connections with autocannon (targets ≥ 500 req/s, p99 ≤ 200 ms),
//    200 different searches in rotation, through the whole API (sessions, validation, answer cache of 30 s).
// Runs on its own database, dropped afterwards.
import 'reflect-metadata';
import { lookupPc4 } from '@meedoen/shared';
import autocannon from 'autocannon';
import { performance } from 'node:perf_hooks';
import { percentile, Targets } from '../../../libs/matching/bench/measure';
import { createHttpApp } from '../src/bootstrap/create-http-app';
import { loadConfig } from '../src/config/app-config';
import { dropDatabase, ensureDatabase } from '../src/database/local-postgres';
import { LOCAL_REDIS_URL } from '../src/queue/redis-discovery';
import { DataSource } from 'typeorm';
import { PostgresSearchEngine } from '../src/search/postgres-search-engine';
import { SEARCH_ENGINE, SearchEngine } from '../src/search/search-engine';
import { testServerUrl } from '../test/test-database';
import { generateDocuments, mixedQueries, toSearchParams } from './generated-vacancies';

const VACANCIES = 50_000;
const QUERIES = 1_000;
const CONNECTIONS = 50;
const DURATION_S = 15;

async function main() {
  const server = testServerUrl();
  const name = `meedoen_bench_${Date.now()}`;
  const databaseUrl = await ensureDatabase(server, name);
  const targets = new Targets();
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'fatal', DEMO_MODE: 'true', REDIS_URL: LOCAL_REDIS_URL });
  const app = await createHttpApp({ config, databaseUrl, databaseSource: 'bench', redisUrl: config.redisUrl ?? null, redisSource: 'bench' });
  try {
    await app.init();
    const dataSource = app.get(DataSource);
    let started = performance.now();
    await app.get<SearchEngine>(SEARCH_ENGINE).index(generateDocuments(VACANCIES));
    // What autovacuum does after a bulk load: fresh statistics for the planner.
    await dataSource.query('VACUUM ANALYZE vacancy_search_document, vacancy_search_text, search_vocabulary');
    console.log(`indexed ${VACANCIES} generated vacancies in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    // In process: the PostgreSQL engine itself, without the answer cache the API puts in front of it.
    const engine = new PostgresSearchEngine(dataSource);

    const queries = mixedQueries(QUERIES);
    const today = '2026-06-01';
    const run = (index: number) => {
      const query = queries[index];
      const centre = query.pc4 ? lookupPc4(query.pc4)! : undefined;
      return engine.search({
        text: query.text,
        kinds: query.kinds,
        hoursMin: query.hoursMin,
        hoursMax: query.hoursMax,
        skillIds: query.skillIds,
        near: centre ? { lat: centre.lat, lon: centre.lon, radiusKm: query.radiusKm } : undefined,
        sort: query.sort,
        page: 1,
        pageSize: 20,
        today,
      });
    };
    for (let i = 0; i < 50; i++) await run(i);
    const timings: number[] = [];
    let hits = 0;
    started = performance.now();
    for (let i = 0; i < QUERIES; i++) {
      const start = performance.now();
      hits += (await run(i)).total;
      timings.push(performance.now() - start);
    }
    const mean = timings.reduce((sum, t) => sum + t, 0) / timings.length;
    console.log(
      `in-process SearchEngine: ${QUERIES} mixed queries in ${((performance.now() - started) / 1000).toFixed(1)} s, mean ${mean.toFixed(1)} ms, ` +
        `p50 ${percentile(timings, 50).toFixed(1)} ms, p95 ${percentile(timings, 95).toFixed(1)} ms, p99 ${percentile(timings, 99).toFixed(1)} ms, ` +
        `max ${Math.max(...timings).toFixed(1)} ms (average ${Math.round(hits / QUERIES)} hits per query)`,
    );
    targets.check('search p95 (ms)', percentile(timings, 95), 50);

    await app.listen(0, '127.0.0.1');
    const url = await app.getUrl();
    const signIn = await fetch(`${url}/api/v1/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'demo.werkzoekende@meedoen.test', password: 'meedoen-demo' }),
    });
    const { token } = (await signIn.json()) as { token: string };
    const paths = mixedQueries(200, 99).map((query) => `/api/v1/vacancies?${toSearchParams(query)}`);
    // Steady state: each of the searches once before measuring (as after a few minutes of real use).
    for (const path of paths) await fetch(`${url}${path}`, { headers: { authorization: `Bearer ${token}` } });
    // The load generator runs in a worker thread, so it does not share the API's event loop.
    const result = await autocannon({
      url,
      connections: CONNECTIONS,
      duration: DURATION_S,
      workers: 1,
      headers: { authorization: `Bearer ${token}` },
      requests: paths.map((path) => ({ method: 'GET' as const, path })),
    });
    const errors = result.non2xx + result.errors;
    console.log(
      `HTTP GET /api/v1/vacancies, ${CONNECTIONS} connections, ${DURATION_S} s: ${result.requests.average.toFixed(0)} req/s, ` +
        `latency p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms; ${result.requests.total} requests, ${errors} errors or non-2xx`,
    );
    targets.check('HTTP p99 (ms)', result.latency.p99, 200);
    const throughputOk = result.requests.average >= 500;
    console.log(`  ${throughputOk ? 'ok  ' : 'MISS'} HTTP throughput (req/s): ${result.requests.average.toFixed(1)} (target ≥ 500)`);
    if (errors > 0) console.log(`  MISS ${errors} requests failed`);
    if (!throughputOk || errors > 0) process.exitCode = 1;
  } finally {
    await app.close();
    await dropDatabase(server, name);
  }
  targets.exit();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
