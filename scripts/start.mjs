// npm start: builds the API and the three portals (Nx caches what did not change), then runs the
// launcher, which finds or starts PostgreSQL and Redis and runs the API and the worker, with demo data.
import { spawnSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

const env = { ...process.env, NX_NO_CLOUD: 'true', NX_DAEMON: 'false', NX_TUI: 'false' };
const build = spawnSync('npx', ['nx', 'run-many', '-t', 'build', '--outputStyle=static'], { stdio: 'inherit', env });
if (build.status !== 0) process.exit(build.status ?? 1);

const launcher = 'dist/apps/api/apps/api/src/launcher.js';
if (!existsSync(launcher)) {
  console.error(`${launcher} is missing after the build`);
  process.exit(1);
}
const child = spawn(process.execPath, [launcher], {
  stdio: 'inherit',
  env: { DEMO_MODE: 'true', ...process.env },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
