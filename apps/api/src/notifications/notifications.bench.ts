// 10,000 notifications from the outbox to an SMTP sink, through the real worker process:
//   node scripts/run-ts.mjs apps/api/src/notifications/notifications.bench.ts   (npm run bench does this)
// Prints the time, throughput, lost and duplicate e-mails, and the worker's peak memory.
import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { DataSource } from 'typeorm';
import { startSmtpSink } from '../../test/smtp-sink';
import { createScratchDatabase } from '../../test/test-database';
import { spawnWorker, uniqueQueuePrefix } from '../../test/test-worker';
import { dataSourceOptions } from '../database/data-source-options';
import { OutboxService } from '../outbox/outbox.service';
import { Notifier } from './notifier';

const PEOPLE = Number(process.env.BENCH_PEOPLE ?? 2_500);
const ALERTS_PER_PERSON = 4;
const TOTAL = PEOPLE * ALERTS_PER_PERSON;
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

/** Peak resident memory of a process (Linux), in MiB. */
const peakMemoryMiB = (pid: number) => Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? NaN) / 1024;
/** CPU time (user + system) a process has used (Linux), in seconds. */
const cpuSeconds = (pid: number) => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
};

async function main() {
  const database = await createScratchDatabase('bench');
  const sink = await startSmtpSink();
  const queuePrefix = uniqueQueuePrefix('bench');
  const dataSource = new DataSource(dataSourceOptions(database.url));
  let worker: ReturnType<typeof spawnWorker> | undefined;
  try {
    await dataSource.initialize();
    await dataSource.runMigrations();
    await dataSource.query(
      `INSERT INTO "user" (email, password_hash, role, display_name, language)
       SELECT 'inwoner' || i || '@bench.meedoen.test', '!', 'seeker', 'Inwoner ' || i, CASE WHEN i % 10 = 0 THEN 'en' ELSE 'nl' END
         FROM generate_series(1, $1) AS i`,
      [PEOPLE],
    );
    await dataSource.query(
      `INSERT INTO notification_preference (user_id, category, channel, frequency, match_score_threshold)
       SELECT id, 'match-alerts', 'email', 'instant', 60 FROM "user"`,
    );
    const people: string[] = (await dataSource.query('SELECT id FROM "user"')).map((row: { id: string }) => row.id);

    const notifier = new Notifier(new OutboxService(dataSource));
    const writeStart = performance.now();
    for (let vacancy = 1; vacancy <= ALERTS_PER_PERSON; vacancy++) {
      await dataSource.transaction((manager) =>
        notifier.notify(manager, {
          recipientIds: people,
          template: 'vacancy-match',
          params: { vacancyTitle: `Vacature ${vacancy}`, employerName: 'Groen BV', place: 'Aalten' },
          matchScore: 80,
          link: '/werkzoekenden/',
        }),
      );
    }
    const writeMs = performance.now() - writeStart;

    worker = spawnWorker({ DATABASE_URL: database.url, REDIS_URL, QUEUE_PREFIX: queuePrefix, SMTP_URL: sink.url, OUTBOX_POLL_MS: '1000', JOB_BACKOFF_MS: '5000', JOB_LOCK_MS: '30000', ...(process.env.WORKER_CONCURRENCY ? { WORKER_CONCURRENCY: process.env.WORKER_CONCURRENCY } : {}) });
    await worker.started;
    const cpuAtStart = cpuSeconds(worker.child.pid!);
    const start = performance.now();
    await sink.waitFor((received) => received.length >= TOTAL, 600_000);
    const seconds = (performance.now() - start) / 1000;
    const workerCpu = cpuSeconds(worker.child.pid!) - cpuAtStart;
    await new Promise((resolve) => setTimeout(resolve, 2000)); // any late duplicate would arrive now
    const peak = peakMemoryMiB(worker.child.pid!);

    const messageIds = new Set(sink.received.map((mail) => mail.messageId));
    const [{ count: inApp }] = await dataSource.query('SELECT count(*)::int AS count FROM notification');
    const [{ count: pending }] = await dataSource.query('SELECT count(*)::int AS count FROM outbox_event WHERE dispatched_at IS NULL');
    const config = `worker concurrency ${process.env.WORKER_CONCURRENCY ?? 10}, relay batch 200, SMTP pool, ${PEOPLE} people × ${ALERTS_PER_PERSON} alerts`;
    console.log(`notifications: ${TOTAL} match alerts, outbox → relay → BullMQ → worker → SMTP sink (${config})`);
    console.log(`  outbox written         ${writeMs.toFixed(0)} ms (${ALERTS_PER_PERSON} transactions)`);
    console.log(`  delivered              ${seconds.toFixed(1)} s, ${(TOTAL / seconds).toFixed(0)} e-mails/s (each also an in-app notification)`);
    console.log(`  e-mails received       ${sink.received.length}; lost ${TOTAL - messageIds.size}; duplicates ${sink.received.length - messageIds.size}`);
    console.log(`  in-app notifications   ${inApp}; outbox rows still pending ${pending}`);
    console.log(`  worker peak memory     ${peak.toFixed(0)} MiB (VmHWM)`);
    console.log(`  worker CPU             ${workerCpu.toFixed(1)} s (${((workerCpu / seconds) * 100).toFixed(0)}% of one core); machine load ${loadavg()[0].toFixed(1)} on ${cpus().length} cores`);
    if (messageIds.size !== TOTAL || sink.received.length !== TOTAL || inApp !== TOTAL) process.exitCode = 1;
  } finally {
    if (worker) {
      worker.child.kill('SIGTERM');
      await worker.exited;
    }
    await obliterate(queuePrefix);
    if (dataSource.isInitialized) await dataSource.destroy();
    await sink.close();
    await database.drop();
  }
}

/** Removes the bench's queues from the shared Redis. */
async function obliterate(prefix: string) {
  const { Queue } = await import('bullmq');
  const { OUTBOX_QUEUES, QUEUES } = await import('../queue/queue-names');
  for (const name of [...OUTBOX_QUEUES, QUEUES.maintenance]) {
    const queue = new Queue(name, { connection: { url: REDIS_URL }, prefix });
    await queue.obliterate({ force: true }).catch(() => undefined);
    await queue.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
