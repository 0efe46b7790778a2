import 'reflect-metadata';
import { ChildProcess, fork } from 'node:child_process';
import { join } from 'node:path';
import { discoverRuntime } from './bootstrap/discover-runtime';
import { InvalidConfigError, loadConfig } from './config/app-config';

const log = (message: string) => console.log(JSON.stringify({ level: 30, time: Date.now(), context: 'Launcher', msg: message }));

/**
 * `npm start`: finds or starts the database and Redis once, then runs the API and the worker as
 * two processes that share them, and stops everything it started on Ctrl+C.
 */
async function main() {
  const config = loadConfig();
  const runtime = await discoverRuntime(config, log);
  const env = {
    // The children read their settings themselves; the launcher only adds what it discovered.
    // eslint-disable-next-line no-restricted-properties
    ...process.env,
    DATABASE_URL: runtime.databaseUrl,
    ...(runtime.redisUrl ? { REDIS_URL: runtime.redisUrl } : {}),
  };
  const children: ChildProcess[] = [];
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    await Promise.all(children.map((child) => new Promise((done) => (child.exitCode !== null ? done(null) : (child.once('exit', done), child.kill('SIGTERM'))))));
    await runtime.stopStarted();
    process.exit(code);
  };
  const start = (file: string) => {
    const child = fork(join(__dirname, file), { env });
    child.once('exit', (code) => {
      if (!stopping) {
        log(`${file} stopped (exit code ${code}); stopping the rest`);
        void stop(code ?? 1);
      }
    });
    children.push(child);
    return child;
  };
  process.once('SIGINT', () => void stop(0));
  process.once('SIGTERM', () => void stop(0));
  start('main.js');
  await waitForHealth(config.port);
  start('worker.js');
  log(`Meedoen is ready: ${config.publicUrl}/ (API under ${config.publicUrl}/api/v1)`);
}

async function waitForHealth(port: number) {
  for (let attempt = 0; attempt < 600; attempt++) {
    const up = await fetch(`http://127.0.0.1:${port}/api/v1/health`).then((response) => response.ok, () => false);
    if (up) return;
    await new Promise((done) => setTimeout(done, 500));
  }
  throw new Error('The API did not become healthy within 5 minutes');
}

main().catch((error) => {
  console.error(error instanceof InvalidConfigError ? error.message : error);
  process.exit(1);
});
