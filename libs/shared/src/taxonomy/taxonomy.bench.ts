// Search latency over the whole taxonomy: node scripts/run-ts.mjs libs/shared/src/taxonomy/taxonomy.bench.ts
import { OCCUPATIONS, SKILLS, createTaxonomySearch } from './index';

const QUERIES = [
  'schoonmaak', 'schoonmak', 'hovenir', 'hovenier', 'heftruck', 'heftuck', 'kassa', 'forklift', 'office cleaning',
  'café', 'zorg', 'magazijn', 'kok', 'afwas', 'tuin', 'chauffeur', 'vrachtwagenchaufeur', 'engels', 'vca', 'bhv',
  'kantoor schoonmaken', 'klantvriendelijk', 'excel', 'timmerman', 'kinderopvang', 'beveiliger', 'productie',
  'order picking', 'stratenmaker', 'receptie', 'h', 'he', 'hef', 'heft', 'heftr', 'heftru',
];
const ROUNDS = 20;

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];

const buildStart = performance.now();
const search = createTaxonomySearch();
const buildMs = performance.now() - buildStart;

for (const query of QUERIES) {
  search.searchSkills(query);
  search.searchOccupations(query);
}

const report = (name: string, run: (query: string) => unknown) => {
  const timings: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const query of QUERIES) {
      const start = performance.now();
      run(query);
      timings.push(performance.now() - start);
    }
  }
  timings.sort((a, b) => a - b);
  const mean = timings.reduce((sum, t) => sum + t, 0) / timings.length;
  console.log(
    `${name.padEnd(18)} n=${timings.length}  mean ${mean.toFixed(3)} ms  p50 ${percentile(timings, 0.5).toFixed(3)} ms  ` +
      `p95 ${percentile(timings, 0.95).toFixed(3)} ms  max ${timings[timings.length - 1].toFixed(3)} ms`,
  );
};

console.log(`taxonomy: ${SKILLS.length} skills, ${OCCUPATIONS.length} occupations; index built in ${buildMs.toFixed(1)} ms`);
report('searchSkills', (q) => search.searchSkills(q));
report('searchOccupations', (q) => search.searchOccupations(q));
