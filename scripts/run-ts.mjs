// Runs a TypeScript file directly (SWC with decorator metadata, tsconfig path aliases): node scripts/run-ts.mjs FILE [args]
import { spawnSync } from 'node:child_process';

const [file, ...args] = process.argv.slice(2);
if (!file) {
  console.error('usage: node scripts/run-ts.mjs FILE [args]');
  process.exit(2);
}
const result = spawnSync(
  process.execPath,
  ['--expose-gc', '-r', '@swc-node/register', '-r', 'tsconfig-paths/register', file, ...args],
  { stdio: 'inherit', env: { ...process.env, TS_NODE_PROJECT: 'tsconfig.json' } },
);
process.exit(result.status ?? 1);
