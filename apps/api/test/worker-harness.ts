import { INestApplicationContext } from '@nestjs/common';
import { SmtpSink, startSmtpSink, waitUntil } from './smtp-sink';
import { createTestApp, TestApp } from './test-app';
import { createScratchDatabase, ScratchDatabase } from './test-database';
import { createTestWorker, drained, obliterateQueues, uniqueQueuePrefix } from './test-worker';

export interface WorkerHarness {
  api: TestApp;
  worker: INestApplicationContext;
  sink: SmtpSink;
  /** Waits until the outbox and its queues have no work left. */
  settle(): Promise<void>;
  /** Removes the queues, stops the worker and the app, closes the sink and drops the database. */
  close(): Promise<void>;
}

/**
 * The API and the real worker on a scratch database of their own, with their own queue prefix on the shared Redis
 * and an SMTP sink that keeps what they send. `label` (at most 12 characters a-z, 0-9 or _) names the database
 * and the queue prefix; `env` adds settings.
 */
export async function startWorkerHarness(label: string, env: Record<string, string> = {}): Promise<WorkerHarness> {
  let db: ScratchDatabase | undefined;
  let sink: SmtpSink | undefined;
  let api: TestApp | undefined;
  let worker: INestApplicationContext | undefined;
  const close = async () => {
    if (worker) await obliterateQueues(worker);
    await worker?.close();
    await api?.app.close();
    await sink?.close();
    await db?.drop();
  };
  try {
    db = await createScratchDatabase(label);
    sink = await startSmtpSink();
    const settings = { QUEUE_PREFIX: uniqueQueuePrefix(label), SMTP_URL: sink.url, ...env };
    api = await createTestApp(settings, db.url);
    worker = await createTestWorker(settings, db.url);
  } catch (error) {
    await close();
    throw error;
  }
  const started = worker;
  return { api, worker, sink, settle: () => waitUntil(() => drained(started), 20_000, 100), close };
}
