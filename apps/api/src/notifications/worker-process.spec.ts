import { ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SmtpSink, startSmtpSink, waitUntil } from '../../test/smtp-sink';
import { createTestApp, TestApp, uniqueEmail } from '../../test/test-app';
import { createScratchDatabase, ScratchDatabase } from '../../test/test-database';
import { createTestWorker, drained, obliterateQueues, spawnWorker, uniqueQueuePrefix } from '../../test/test-worker';
import { redisAnswers } from '../queue/redis-discovery';
import { BullQueues } from '../queue/bull-queues';
import { OUTBOX_QUEUES } from '../queue/queue-names';
import { User } from '../users/user.entity';
import { Notifier } from './notifier';

const CONCURRENCY = 4;

/** Crashes, stops and a missing Redis, with the real worker process (worker.ts) and a real SMTP sink. */
describe('the worker process: nothing lost, nothing twice', () => {
  let db: ScratchDatabase;
  let sink: SmtpSink;
  let api: TestApp;
  let dataSource: DataSource;
  let env: Record<string, string>;

  /** Recipients made directly (no welcome of their own), each told once through the outbox. */
  async function notifyNewPeople(count: number, label: string) {
    const people = await dataSource.getRepository(User).save(
      Array.from({ length: count }, (_, index) => ({ email: uniqueEmail(label), passwordHash: '!', role: 'seeker' as const, displayName: `Inwoner ${index}` })),
      { chunk: 200 },
    );
    await dataSource.transaction((manager) => api.app.get(Notifier).notify(manager, { recipientIds: people.map((person) => person.id), template: 'welcome' }));
    return people;
  }

  const mailsPerPerson = (people: User[]) => people.map((person) => sink.received.filter((mail) => mail.to.includes(person.email)));
  const delivered = (people: User[]) => mailsPerPerson(people).filter((mails) => mails.length > 0).length;
  const inAppPerPerson = async (people: User[]): Promise<number[]> => {
    const rows: { user_id: string; count: number }[] = await dataSource.query(
      'SELECT user_id, count(*)::int AS count FROM notification WHERE user_id = ANY($1::uuid[]) GROUP BY user_id',
      [people.map((person) => person.id)],
    );
    const counts = new Map(rows.map((row) => [row.user_id, row.count]));
    return people.map((person) => counts.get(person.id) ?? 0);
  };
  const activeJobs = async () => {
    let active = 0;
    for (const name of OUTBOX_QUEUES) active += (await api.app.get(BullQueues).get(name)!.getJobCounts('active')).active;
    return active;
  };

  beforeAll(async () => {
    db = await createScratchDatabase('process');
    sink = await startSmtpSink();
    env = { DATABASE_URL: db.url, QUEUE_PREFIX: uniqueQueuePrefix('process'), SMTP_URL: sink.url, WORKER_CONCURRENCY: String(CONCURRENCY), REDIS_URL: 'redis://127.0.0.1:6379' };
    api = await createTestApp(env, db.url);
    dataSource = api.app.get(DataSource);
  });
  afterAll(async () => {
    if (api) await obliterateQueues(api.app);
    await api?.app.close();
    await sink?.close();
    await db?.drop();
  });

  it('delivers every notification after the worker is killed mid-batch and started again', async () => {
    const first = spawnWorker(env);
    await first.started;
    const people = await notifyNewPeople(300, 'kill');
    await sink.waitFor(() => delivered(people) >= 40);
    first.child.kill('SIGKILL');
    await first.exited;
    const deliveredBeforeRestart = delivered(people);
    expect(deliveredBeforeRestart).toBeLessThan(people.length);

    const second = spawnWorker(env);
    try {
      await second.started;
      await sink.waitFor(() => delivered(people) === people.length, 60_000);
      await waitUntil(() => drained(api.app), 30_000, 200);
    } finally {
      second.child.kill('SIGTERM');
      await second.exited;
    }
    expect(await inAppPerPerson(people)).toEqual(people.map(() => 1));
    // SMTP cannot be undone: a message the sink accepted in the instant between its "250 OK" and the
    // send log's commit is sent again. Only the jobs running at the kill can be in that instant, and the
    // copy carries the same Message-ID.
    const copies = mailsPerPerson(people).filter((mails) => mails.length > 1);
    console.log(`killed after ${deliveredBeforeRestart} of ${people.length} e-mails; ${copies.length} sent twice`);
    expect(copies.length).toBeLessThanOrEqual(CONCURRENCY);
    for (const mails of copies) expect(new Set(mails.map((mail) => mail.messageId)).size).toBe(1);
  }, 120_000);

  it('lets running jobs finish on SIGTERM, and the next worker delivers the rest exactly once', async () => {
    const first = spawnWorker(env);
    await first.started;
    const people = await notifyNewPeople(200, 'stop');
    await sink.waitFor(() => delivered(people) >= 30);
    const stoppedAt = Date.now();
    first.child.kill('SIGTERM');
    await first.exited;
    expect(Date.now() - stoppedAt).toBeLessThan(15_000);
    expect(first.output()).toContain('Stopping: taking no new jobs, letting running ones finish');
    expect(first.output()).not.toMatch(/did not finish/);
    expect(await activeJobs()).toBe(0);

    const second = spawnWorker(env);
    try {
      await second.started;
      await sink.waitFor(() => delivered(people) === people.length, 60_000);
      await waitUntil(() => drained(api.app), 30_000, 200);
    } finally {
      second.child.kill('SIGTERM');
      await second.exited;
    }
    expect(mailsPerPerson(people).map((mails) => mails.length)).toEqual(people.map(() => 1));
    expect(await inAppPerPerson(people)).toEqual(people.map(() => 1));
  }, 120_000);

  it('keeps the API answering while Redis is down; the outbox grows, and drains when Redis is back', async () => {
    const port = await freePort();
    const deadRedis = { ...env, REDIS_URL: `redis://127.0.0.1:${port}` };
    const apiWithoutRedis = await createTestApp(deadRedis, db.url);
    let worker: INestApplicationContext | undefined;
    let redis: ChildProcess | undefined;
    try {
      worker = await createTestWorker(deadRedis, db.url);
      const emails = Array.from({ length: 5 }, () => uniqueEmail('zonder-redis'));
      for (const email of emails) {
        const started = Date.now();
        const response = await apiWithoutRedis.http().post('/api/v1/accounts').send({
          role: 'seeker', email, password: 'een-lang-en-sterk-wachtwoord', displayName: 'Sanne', municipalityCode: 'GM1509',
        });
        expect(response.status).toBe(201);
        expect(Date.now() - started).toBeLessThan(5000); // no waiting for Redis
      }
      const health = await apiWithoutRedis.http().get('/api/v1/health');
      expect(health.status).toBe(200);
      expect(health.body).toMatchObject({ status: 'degraded', components: { queue: { status: 'down' } }, queues: [] });
      expect(health.body.outbox.pending).toBeGreaterThanOrEqual(5);
      await new Promise((resolve) => setTimeout(resolve, 1500));
      const waiting = (await apiWithoutRedis.http().get('/api/v1/health')).body.outbox;
      expect(waiting.pending).toBeGreaterThanOrEqual(5);
      expect(waiting.oldestPendingSeconds).toBeGreaterThanOrEqual(1);
      expect(sink.received.filter((mail) => emails.includes(mail.to[0]))).toEqual([]);

      redis = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
      await waitUntil(() => redisAnswers(`redis://127.0.0.1:${port}`, 200), 10_000, 100);
      await sink.waitFor((received) => emails.every((email) => received.filter((mail) => mail.to.includes(email)).length === 1), 30_000);
      await waitUntil(() => drained(worker!), 30_000, 200);
      expect((await apiWithoutRedis.http().get('/api/v1/health')).body).toMatchObject({ status: 'up', outbox: { pending: 0 } });
      const inApp = await dataSource.query(
        `SELECT count(*)::int AS count FROM notification n JOIN "user" u ON u.id = n.user_id WHERE u.email = ANY($1)`,
        [emails],
      );
      expect(inApp[0].count).toBe(5);
    } finally {
      await worker?.close();
      await apiWithoutRedis.app.close();
      redis?.kill('SIGTERM');
    }
  }, 90_000);
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
