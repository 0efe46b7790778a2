/** Ranking seekers for one vacancy: index build time and heap, and top-50 query latency, at 10k and 100k seekers. */
import { SeekerIndex } from '../src';
import { Targets, fixed, heapUsedMb, queryTimings, timed } from './measure';
import { syntheticSeekers, syntheticTaxonomy, syntheticVacancies } from './synthetic-data';

const targets = new Targets();
const vacancies = syntheticVacancies(50, 7);

for (const size of [10_000, 100_000]) {
  const seekers = syntheticSeekers(size);
  const heapBefore = heapUsedMb();
  const { result: index, ms: buildMs } = timed(() => {
    const built = new SeekerIndex({ taxonomy: syntheticTaxonomy });
    for (const seeker of seekers) built.upsert(seeker);
    return built;
  });
  const heapMb = heapUsedMb() - heapBefore;
  let returned = 0;
  const { median, p95 } = queryTimings(100, (round) => {
    const ranked = index.rankForVacancy(vacancies[round % vacancies.length], { audience: 'employer', limit: 50 });
    returned += ranked.matches.length;
  });
  // Caseworkers also get near misses, which means assessing travel for everyone within near-miss reach.
  const caseworker = queryTimings(100, (round) =>
    index.rankForVacancy(vacancies[round % vacancies.length], { audience: 'caseworker', limit: 50 }),
  );
  console.log(
    `${size} seekers × 1 vacancy → top 50: median ${fixed(median)} ms, p95 ${fixed(p95)} ms; ` +
      `build ${fixed(buildMs)} ms, index heap ${fixed(heapMb)} MB; avg ${fixed(returned / 105)} matches returned; ` +
      `caseworker view with near misses: median ${fixed(caseworker.median)} ms, p95 ${fixed(caseworker.p95)} ms`,
  );
  if (size === 100_000) {
    targets.check('query median ms (100k seekers)', median, 30);
    targets.check('build ms (100k seekers)', buildMs, 2000);
    targets.check('index heap MB (100k seekers)', heapMb, 200);
  }
}
targets.exit();
