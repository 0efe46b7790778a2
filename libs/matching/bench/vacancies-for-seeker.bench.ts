/** Ranking vacancies for one seeker: top-50 query latency at 5k and 50k vacancies. */
import { VacancyIndex } from '../src';
import { Targets, fixed, heapUsedMb, queryTimings, timed } from './measure';
import { syntheticSeekers, syntheticTaxonomy, syntheticVacancies } from './synthetic-data';

const targets = new Targets();
const seekers = syntheticSeekers(50, 11);

for (const size of [5_000, 50_000]) {
  const vacancies = syntheticVacancies(size);
  const heapBefore = heapUsedMb();
  const { result: index, ms: buildMs } = timed(() => {
    const built = new VacancyIndex({ taxonomy: syntheticTaxonomy });
    for (const vacancy of vacancies) built.upsert(vacancy);
    return built;
  });
  const heapMb = heapUsedMb() - heapBefore;
  let returned = 0;
  const { median, p95 } = queryTimings(100, (round) => {
    returned += index.rankForSeeker(seekers[round % seekers.length], { limit: 50 }).matches.length;
  });
  console.log(
    `1 seeker × ${size} vacancies → top 50: median ${fixed(median)} ms, p95 ${fixed(p95)} ms; ` +
      `build ${fixed(buildMs)} ms, index heap ${fixed(heapMb)} MB; avg ${fixed(returned / 105)} matches returned`,
  );
  if (size === 50_000) targets.check('query median ms (50k vacancies)', median, 30);
}
targets.exit();
