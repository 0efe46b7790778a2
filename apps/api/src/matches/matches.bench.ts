/**
 * GET /api/v1/vacancies/{id}/matches through the real app on PostgreSQL: latency with 10,000 and with 100,000
 * seekers stored (fixed-seed synthetic profiles placed around Doetinchem), and the cold index build.
 */
import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import type { MatchingSeeker } from '@meedoen/matching';
import { MUNICIPALITIES, TAXONOMY_VERSION } from '@meedoen/shared';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { syntheticSeekers } from '../../../../libs/matching/bench/synthetic-data';
import { Targets, fixed, percentile } from '../../../../libs/matching/bench/measure';
import { createHttpApp } from '../bootstrap/create-http-app';
import { loadConfig } from '../config/app-config';
import { dropDatabase, ensureDatabase } from '../database/local-postgres';
import { LOCAL_REDIS_URL } from '../queue/redis-discovery';
import { SeekerProfile } from '../seekers/seeker-profile.entity';
import { User } from '../users/user.entity';
import { Vacancy } from '../vacancies/vacancy.entity';
import { postVacancy } from '../../test/marketplace-fixtures';
import { signIn } from '../../test/test-app';
import { testServerUrl } from '../../test/test-database';

const ROUNDS = 200;
const BATCH = 1_000;
const ACHTERHOEK = MUNICIPALITIES.filter((municipality) => municipality.region === 'Achterhoek').map((municipality) => municipality.code);

async function startApp(databaseUrl: string) {
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DEMO_MODE: 'true', REDIS_URL: LOCAL_REDIS_URL });
  const app = await createHttpApp({ config, databaseUrl, databaseSource: 'test', redisUrl: LOCAL_REDIS_URL, redisSource: 'test' });
  await app.init();
  return app;
}

/** Stores synthetic seekers as residents of the Achterhoek, moved from the generator's Rotterdam area to Doetinchem. */
async function storeSeekers(dataSource: DataSource, seekers: MatchingSeeker[], first: number) {
  for (let start = 0; start < seekers.length; start += BATCH) {
    const batch = seekers.slice(start, start + BATCH);
    const users = await dataSource.getRepository(User).insert(
      batch.map((_, offset) => ({
        email: `bench.${first + start + offset}@bench.meedoen.test`,
        passwordHash: '!',
        role: 'seeker' as const,
        displayName: `Bench ${first + start + offset}`,
        municipalityCode: ACHTERHOEK[(first + start + offset) % ACHTERHOEK.length],
      })),
    );
    await dataSource.getRepository(SeekerProfile).insert(
      batch.map((seeker, offset) => ({
        userId: users.identifiers[offset].id,
        skills: seeker.skills as SeekerProfile['skills'],
        wantedOccupations: [...seeker.wantedOccupations],
        interests: [...seeker.interests],
        hoursMin: seeker.hoursPerWeek?.min ?? null,
        hoursMax: seeker.hoursPerWeek?.max ?? null,
        availability: seeker.availability ? [...seeker.availability] : null,
        latitude: seeker.location ? seeker.location.lat + 0.045 : null,
        longitude: seeker.location ? seeker.location.lon + 1.81 : null,
        travel: [...seeker.travel],
        hasDrivingLicence: seeker.hasDrivingLicence,
        dutchLevel: seeker.dutchLevel,
        experience: [...seeker.experience],
        limitations: [...seeker.limitations],
        unwantedKinds: [...seeker.unwantedKinds],
        supportNeeded: [...seeker.supportNeeded],
        availableFrom: seeker.availableFrom,
        visibility: seeker.visibility,
        taxonomyVersion: TAXONOMY_VERSION,
      })),
    );
  }
}

/** Vacancies of the demo employer that the synthetic seekers can match: the fixtures' cleaning job in five places. */
async function postBenchVacancies(app: Awaited<ReturnType<typeof startApp>>) {
  const testApp = { app, http: () => request(app.getHttpServer()) };
  const employer = await signIn(testApp, 'demo.werkgever@meedoen.test');
  for (const postcode of ['7081 AB', '7001 AA', '7101 AA', '7141 AA', '7271 AA']) {
    await postVacancy(testApp, employer, { location: { postcode, houseNumber: '1' }, requiredSkills: [{ skillId: 'office-cleaning', level: 1 }] });
  }
}

async function measure(databaseUrl: string, stored: number, targets: Targets) {
  const app = await startApp(databaseUrl);
  try {
    const http = () => request(app.getHttpServer());
    const signIn = await http().post('/api/v1/sessions').send({ email: 'demo.werkgever@meedoen.test', password: 'meedoen-demo' });
    const auth = { Authorization: `Bearer ${signIn.body.token}` };
    const employerId = signIn.body.user.employerId;
    const vacancies = await app.get(DataSource).getRepository(Vacancy).find({ where: { employerId, status: 'published' }, select: { id: true } });
    const path = (round: number) => `/api/v1/vacancies/${vacancies[round % vacancies.length].id}/matches?pageSize=20`;
    const coldStart = performance.now();
    const first = await http().get(path(0)).set(auth);
    const coldMs = performance.now() - coldStart;
    if (first.status !== 200) throw new Error(`matches answered ${first.status}: ${JSON.stringify(first.body)}`);
    const samples: number[] = [];
    let returned = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const start = performance.now();
      const response = await http().get(path(round)).set(auth);
      samples.push(performance.now() - start);
      returned += response.body.items.length;
    }
    const p50 = percentile(samples, 50);
    const p95 = percentile(samples, 95);
    console.log(
      `${stored} seekers stored: first request (index build) ${fixed(coldMs)} ms; then p50 ${fixed(p50)} ms, ` +
        `p95 ${fixed(p95)} ms, p99 ${fixed(percentile(samples, 99))} ms over ${ROUNDS} requests; ` +
        `avg ${fixed(returned / ROUNDS)} of 20 items; heap ${fixed(process.memoryUsage().heapUsed / 1024 / 1024)} MB`,
    );
    if (stored >= 100_000) targets.check('GET /vacancies/{id}/matches p95 ms (100k seekers)', p95, 150);
  } finally {
    await app.close();
  }
}

async function main() {
  const name = `meedoen_bench_${process.pid}`;
  const databaseUrl = await ensureDatabase(testServerUrl(), name);
  const targets = new Targets();
  try {
    const seekers = syntheticSeekers(100_000, 11);
    const setup = await startApp(databaseUrl);
    const dataSource = setup.get(DataSource);
    await postBenchVacancies(setup);
    await storeSeekers(dataSource, seekers.slice(0, 10_000), 0);
    await measure(databaseUrl, 10_000, targets);
    await storeSeekers(dataSource, seekers.slice(10_000), 10_000);
    await setup.close();
    await measure(databaseUrl, 100_000, targets);
  } finally {
    await dropDatabase(testServerUrl(), name);
  }
  targets.exit();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
