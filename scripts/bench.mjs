// npm run bench: runs every *.bench.ts in the repo, one after another, each printing its own figures.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const roots = ['libs', 'apps'];
const only = process.argv[2];
const benches = [];
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'dist') continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (name.endsWith('.bench.ts') && (!only || path.includes(only))) benches.push(path);
  }
};
roots.forEach(walk);
let failed = 0;
for (const bench of benches.sort()) {
  console.log(`\n=== ${bench}`);
  const { status } = spawnSync(process.execPath, ['scripts/run-ts.mjs', bench], { stdio: 'inherit' });
  if (status !== 0) failed++;
}
console.log(`\n${benches.length} benchmarks run, ${failed} failed`);
process.exit(failed ? 1 : 0);
