/** Ranking seekers for one vacancy: index build time and heap, and top-50 query latency, at 10k and 100k seekers. */
import { SeekerIndex, type MatchingSeeker } from '../src';
import { Targets, fixed, heapUsedMb, percentile, queryTimings, timed } from './measure';
import { syntheticSeekers, syntheticTaxonomy, syntheticVacancies } from './synthetic-data';

const targets = new Targets();
const vacancies = syntheticVacancies(50, 7);

function buildIndex(seekers: readonly MatchingSeeker[]): SeekerIndex {
  const index = new SeekerIndex({ taxonomy: syntheticTaxonomy });
  for (const seeker of seekers) index.upsert(seeker);
  return index;
}

for (const size of [10_000, 100_000]) {
  const seekers = syntheticSeekers(size);
  // The median of three builds: a single build on a shared machine mostly measures the neighbours.
  const buildMs = percentile([0, 1, 2].map(() => timed(() => buildIndex(seekers)).ms), 50);
  const heapBefore = heapUsedMb();
  const index = buildIndex(seekers);
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
