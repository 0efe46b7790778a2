// npm test: builds the portals (the browser tests click through them), then runs every test with Jest:
// unit tests of the libs, API tests against real PostgreSQL and Redis, browser tests in Chromium.
import { spawnSync } from 'node:child_process';

const env = { ...process.env, NX_NO_CLOUD: 'true', NX_DAEMON: 'false', NX_TUI: 'false' };
const run = (command, args) => {
  const { status } = spawnSync(command, args, { stdio: 'inherit', env });
  if (status !== 0) process.exit(status ?? 1);
};
run('npx', ['nx', 'run-many', '-t', 'build', '--outputStyle=static']);
run('npx', ['jest', '--ci', '--maxWorkers=2', ...process.argv.slice(2)]);
