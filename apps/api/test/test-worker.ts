import 'reflect-metadata';
import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { loadConfig } from '../src/config/app-config';
import { LOCAL_REDIS_URL } from '../src/queue/redis-discovery';
import { WorkerModule } from '../src/worker.module';

const REPO_ROOT = join(__dirname, '../../..');

/** Settings that make a test worker quick: short polls, short backoff, quick recovery of a dead worker's jobs. */
export const FAST_WORKER_ENV = { OUTBOX_POLL_MS: '100', JOB_BACKOFF_MS: '200', JOB_LOCK_MS: '2000', SHUTDOWN_GRACE_MS: '10000' };

/** Queue keys of their own per test file, so that test runs on the shared Redis do not see each other's jobs. */
export const uniqueQueuePrefix = (label: string) => `test-${label}-${process.pid}-${Date.now()}`;

/** The real worker (relay, processors, digests) in the test process. */
export async function createTestWorker(env: Record<string, string>, databaseUrl: string): Promise<INestApplicationContext> {
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', REDIS_URL: LOCAL_REDIS_URL, ...FAST_WORKER_ENV, ...env });
  const app = await NestFactory.createApplicationContext(
    WorkerModule.forRoot({ config, databaseUrl, databaseSource: 'test', redisUrl: config.redisUrl ?? null, redisSource: 'test' }),
    { logger: false },
  );
  await app.init();
  return app;
}

export interface WorkerProcess {
  child: ChildProcess;
  /** Resolves once the worker said it started. */
  started: Promise<void>;
  exited: Promise<number | null>;
  output: () => string;
}

/** The real worker as its own process (worker.ts through SWC), as `npm start` and production run it. */
export function spawnWorker(env: Record<string, string>): WorkerProcess {
  const child = spawn(process.execPath, ['-r', '@swc-node/register', '-r', 'tsconfig-paths/register', 'apps/api/src/worker.ts'], {
    cwd: REPO_ROOT,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, TS_NODE_PROJECT: 'tsconfig.json', NODE_ENV: 'test', LOG_LEVEL: 'info', ...FAST_WORKER_ENV, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const started = new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Meedoen worker started')) resolve();
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`worker exited (${code}) before it started:\n${output}`)));
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  started.catch(() => undefined);
  return { child, started, exited, output: () => output };
}

/** Removes this test's queues (jobs, schedulers, counters) from the shared Redis. */
export async function obliterateQueues(app: INestApplicationContext): Promise<void> {
  const { BullQueues } = await import('../src/queue/bull-queues');
  await Promise.all(app.get(BullQueues).all().map((queue) => queue.obliterate({ force: true }).catch(() => undefined)));
}

/** True when the outbox has nothing due and no outbox queue has work waiting, running or waiting to be retried. */
export async function drained(app: INestApplicationContext): Promise<boolean> {
  const { BullQueues } = await import('../src/queue/bull-queues');
  const { OUTBOX_QUEUES } = await import('../src/queue/queue-names');
  const { OutboxService } = await import('../src/outbox/outbox.service');
  if ((await app.get(OutboxService).backlog()).pending > 0) return false;
  for (const name of OUTBOX_QUEUES) {
    const queue = app.get(BullQueues).get(name)!;
    const counts = await queue.getJobCounts('waiting', 'active', 'prioritized');
    if (Object.values(counts).some((count) => count > 0)) return false;
    // Delayed jobs are retries waiting for their backoff, apart from the digest schedule's next run.
    if ((await queue.getJobs(['delayed'])).some((job) => !job.repeatJobKey)) return false;
  }
  return true;
}
