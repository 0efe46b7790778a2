import { randomUUID } from 'node:crypto';
import { INestApplicationContext } from '@nestjs/common';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { SmtpSink, waitUntil } from '../../test/smtp-sink';
import { signIn, TestApp, uniqueEmail } from '../../test/test-app';
import { startWorkerHarness, WorkerHarness } from '../../test/worker-harness';
import { OutboxRelay } from '../outbox/outbox-relay';
import { BullQueues } from '../queue/bull-queues';
import { QUEUES } from '../queue/queue-names';
import { User } from '../users/user.entity';
import { NotificationDispatcher } from './notification-dispatcher';
import { Notifier, NotifyPayload, NotifyRequest } from './notifier';

const PASSWORD = 'een-lang-en-sterk-wachtwoord';

describe('notifications: outbox → relay → BullMQ → worker → in-app and e-mail (SMTP)', () => {
  let harness: WorkerHarness;
  let sink: SmtpSink;
  let api: TestApp;
  let worker: INestApplicationContext;
  let dataSource: DataSource;
  let queue: Queue;

  const emailsTo = (address: string) => sink.received.filter((email) => email.to.includes(address));
  const inApp = (userId: string): Promise<{ template: string; title: string }[]> =>
    dataSource.query('SELECT template, title FROM notification WHERE user_id = $1 ORDER BY created_at', [userId]);
  const settled = () => harness.settle();

  async function register(role: 'seeker' | 'employer', language: 'nl' | 'en' = 'nl') {
    const email = uniqueEmail(role);
    const response = await api.http().post('/api/v1/accounts').send({
      role,
      email,
      password: PASSWORD,
      displayName: role === 'seeker' ? 'Sanne Jansen' : 'Joke Hendriks',
      language,
      ...(role === 'seeker'
        ? { municipalityCode: 'GM1509' }
        : { organisation: { name: `Schilder Hendriks ${email.slice(9, 20)}`, kvkNumber: '11223344', postcode: '7081 AB', houseNumber: '3' } }),
    });
    expect(response.status).toBe(201);
    return { id: response.body.id as string, email, employerId: response.body.employerId as string | null };
  }

  async function notify(request: NotifyRequest): Promise<string[]> {
    return dataSource.transaction((manager) => worker.get(Notifier).notify(manager, request));
  }

  beforeAll(async () => {
    harness = await startWorkerHarness('notify', { JOB_ATTEMPTS: '3' });
    ({ api, sink, worker } = harness);
    dataSource = api.app.get(DataSource);
    queue = worker.get(BullQueues).get(QUEUES.notifications)!;
  });
  afterAll(() => harness?.close());

  it('welcomes a new account with exactly one e-mail and one in-app notification, in its language', async () => {
    const dutch = await register('seeker', 'nl');
    const english = await register('seeker', 'en');
    await sink.waitFor(() => emailsTo(dutch.email).length === 1 && emailsTo(english.email).length === 1);
    await settled();
    const [nl] = emailsTo(dutch.email);
    expect(emailsTo(dutch.email)).toHaveLength(1);
    expect(nl.subject).toBe('Welkom bij Meedoen');
    expect(nl.text).toContain('Hallo Sanne Jansen,');
    expect(nl.text).toContain('Bekijk het in Meedoen: http://localhost:3000/werkzoekenden/');
    expect(nl.headers['list-unsubscribe']).toMatch(/^<http:\/\/localhost:3000\/afmelden\?token=[\w-]+\.[\w-]+>$/);
    expect(nl.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
    expect(nl.messageId).toMatch(new RegExp(`^<[0-9a-f-]{36}\\.${dutch.id}@localhost>$`));
    expect(emailsTo(english.email).map((email) => email.subject)).toEqual(['Welcome to Meedoen']);
    expect(await inApp(dutch.id)).toEqual([{ template: 'welcome', title: 'Welkom bij Meedoen' }]);
    expect(await inApp(english.id)).toEqual([{ template: 'welcome', title: 'Welcome to Meedoen' }]);
  });

  it('tells every person of an employer about the verification decision: one in-app and one e-mail each, required', async () => {
    const employer = await register('employer');
    const colleague = await dataSource.getRepository(User).save({
      email: uniqueEmail('collega'), passwordHash: '!', role: 'employer', displayName: 'Piet Hendriks', language: 'en', employerId: employer.employerId,
    });
    const caseworker = await signIn(api, 'demo.regisseur@meedoen.test');
    const decided = await api.http().post(`/api/v1/employers/${employer.employerId}/verification`).set(caseworker)
      .send({ decision: 'reject', reason: 'Het KvK-nummer hoort bij een ander bedrijf' });
    expect(decided.status).toBe(200);
    const decisionMails = (address: string) => emailsTo(address).filter((email) => /approved|goedgekeurd/.test(email.subject));
    await sink.waitFor(() => decisionMails(employer.email).length === 1 && decisionMails(colleague.email).length === 1);
    await settled();
    const [dutch] = decisionMails(employer.email);
    expect(dutch.subject).toMatch(/^Schilder Hendriks .* is niet goedgekeurd$/);
    expect(dutch.text).toContain('De reden: Het KvK-nummer hoort bij een ander bedrijf');
    expect(dutch.text).toContain('Dit bericht is verplicht.');
    expect(dutch.headers['list-unsubscribe']).toBeUndefined();
    expect(decisionMails(colleague.email)[0].subject).toMatch(/has not been approved$/);
    expect(decisionMails(employer.email)).toHaveLength(1);
    expect((await inApp(employer.id)).map((n) => n.template)).toEqual(['welcome', 'employer-verification-decided']);
    expect((await inApp(colleague.id)).map((n) => n.template)).toEqual(['employer-verification-decided']);
  });

  it('sends a password reset by e-mail only, with its one-time link to the portal, never in the app', async () => {
    const seeker = await register('seeker');
    await settled();
    expect((await api.http().post('/api/v1/password-resets').send({ email: seeker.email })).status).toBe(202);
    await waitUntil(() => emailsTo(seeker.email).some((email) => email.subject === 'Kies een nieuw wachtwoord'), 20_000, 100);
    await settled();
    const [reset] = emailsTo(seeker.email).filter((email) => email.subject === 'Kies een nieuw wachtwoord');
    expect(reset.text).toMatch(/\/werkzoekenden\/nieuw-wachtwoord\?token=[\w-]+/);
    expect(reset.text).toContain('Dit bericht is verplicht.');
    expect((await inApp(seeker.id)).map((notification) => notification.template)).toEqual(['welcome']);
  });

  it('lists, filters, pages and marks your own in-app notifications; those of others are not found', async () => {
    const employer = await register('employer');
    const caseworker = await signIn(api, 'demo.regisseur@meedoen.test');
    await api.http().post(`/api/v1/employers/${employer.employerId}/verification`).set(caseworker).send({ decision: 'approve', kvkCheckNote: 'KvK klopt' });
    await waitUntil(async () => (await inApp(employer.id)).length === 2);
    const own = await signIn(api, employer.email, PASSWORD);
    const list = await api.http().get('/api/v1/notifications').set(own);
    expect(list.status).toBe(200);
    expect(list.body).toMatchObject({ total: 2, unreadCount: 2 });
    expect(list.body.items[0]).toMatchObject({ template: 'employer-verification-decided', category: 'account', read: false, readAt: null, link: '/werkgevers/' });
    expect(list.body.items[0].title).toMatch(/is goedgekeurd$/);
    expect(list.body.items[0].createdAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    const id = list.body.items[0].id;

    const read = await api.http().patch(`/api/v1/notifications/${id}`).set(own).send({ read: true });
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ id, read: true });
    expect(read.body.readAt).toMatch(/^\d{4}-/);
    const unread = await api.http().get('/api/v1/notifications?status=unread').set(own);
    expect(unread.body).toMatchObject({ total: 1, unreadCount: 1 });
    expect(unread.body.items[0].template).toBe('welcome');
    expect((await api.http().get('/api/v1/notifications?status=read').set(own)).body.items.map((n: { id: string }) => n.id)).toEqual([id]);
    const page = await api.http().get('/api/v1/notifications?page=2&pageSize=1').set(own);
    expect(page.body.items).toHaveLength(1);
    expect(page.body.total).toBe(2);
    expect((await api.http().patch(`/api/v1/notifications/${id}`).set(own).send({ read: false })).body.read).toBe(false);
    const allRead = await api.http().post('/api/v1/notifications/read-all').set(own);
    expect(allRead.status).toBe(200);
    expect(allRead.body).toEqual({ marked: 2 });
    expect((await api.http().get('/api/v1/notifications').set(own)).body).toMatchObject({ total: 2, unreadCount: 0 });
    await api.http().patch(`/api/v1/notifications/${id}`).set(own).send({ read: false }).expect(200);

    const stranger = await signIn(api, 'demo.werkzoekende@meedoen.test');
    expect((await api.http().patch(`/api/v1/notifications/${id}`).set(stranger).send({ read: true })).status).toBe(404);
    expect((await api.http().get('/api/v1/notifications').set(stranger)).body.items.map((n: { id: string }) => n.id)).not.toContain(id);
    expect((await api.http().post('/api/v1/notifications/read-all').set(stranger)).body).toEqual({ marked: expect.any(Number) });
    expect((await api.http().get('/api/v1/notifications').set(own)).body.unreadCount).toBe(1);
    expect((await api.http().get('/api/v1/notifications')).status).toBe(401);

    const invalid = await api.http().patch(`/api/v1/notifications/${id}`).set(own).send({ read: 'yes', extra: 1 });
    expect(invalid.status).toBe(400);
    expect(invalid.body.invalidParams.map((p: { name: string }) => p.name).sort()).toEqual(['extra', 'read']);
    expect((await api.http().patch('/api/v1/notifications/not-a-uuid').set(own).send({ read: true })).status).toBe(400);
    const badFilter = await api.http().get('/api/v1/notifications?status=maybe').set(own);
    expect(badFilter.status).toBe(400);
    expect(badFilter.body.invalidParams[0].name).toBe('status');
  });

  it('delivers once when the same job runs twice, at the same time or again later, or is relayed again', async () => {
    const seeker = await register('seeker');
    await sink.waitFor(() => emailsTo(seeker.email).length === 1);
    const dispatcher = worker.get(NotificationDispatcher);
    const payload: NotifyPayload = { recipientId: seeker.id, template: 'vacancy-match', params: { vacancyTitle: 'Hovenier', employerName: 'Groen BV', place: 'Aalten' }, link: null, matchScore: null };
    await dataSource.query(`INSERT INTO notification_preference (user_id, category, channel, frequency) VALUES ($1, 'match-alerts', 'email', 'instant')`, [seeker.id]);
    const job = { id: randomUUID(), type: 'notify', payload, attempt: 1 };
    await Promise.all([dispatcher.process(job), dispatcher.process(job)]);
    await dispatcher.process({ ...job, attempt: 2 });
    expect(emailsTo(seeker.email).filter((email) => email.subject.includes('Hovenier'))).toHaveLength(1);
    expect((await inApp(seeker.id)).filter((n) => n.template === 'vacancy-match')).toHaveLength(1);

    const [welcomeRow] = await dataSource.query(`SELECT id FROM outbox_event WHERE payload->>'recipientId' = $1`, [seeker.id]);
    await dataSource.query('UPDATE outbox_event SET dispatched_at = NULL WHERE id = $1', [welcomeRow.id]);
    await worker.get(OutboxRelay).relayBatch();
    await settled();
    expect((await dataSource.query('SELECT dispatched_at FROM outbox_event WHERE id = $1', [welcomeRow.id]))[0].dispatched_at).not.toBeNull();
    expect(emailsTo(seeker.email).filter((email) => email.subject === 'Welkom bij Meedoen')).toHaveLength(1);
    expect((await inApp(seeker.id)).filter((n) => n.template === 'welcome')).toHaveLength(1);
  });

  it('fails a job for a recipient that no longer exists at once, keeping it in the failed set with the reason', async () => {
    const gone = randomUUID();
    const [jobId] = await notify({ recipientIds: [gone], template: 'welcome' });
    await waitUntil(async () => (await queue.getJobState(jobId)) === 'failed');
    const job = (await queue.getJob(jobId))!;
    expect(job.failedReason).toBe(`The recipient ${gone} no longer exists`);
    expect(job.attemptsMade).toBe(1);
    expect((await queue.getFailed()).map((failed) => failed.id)).toContain(jobId);
  });

  it('retries a temporary SMTP failure with backoff and then delivers exactly once', async () => {
    const seeker = await dataSource.getRepository(User).save({ email: uniqueEmail('retry'), passwordHash: '!', role: 'seeker', displayName: 'Ali', language: 'nl' });
    sink.failNext(1, 451);
    const [jobId] = await notify({ recipientIds: [seeker.id], template: 'welcome' });
    await sink.waitFor(() => emailsTo(seeker.email).length === 1);
    await settled();
    const job = (await queue.getJob(jobId))!;
    expect(await job.getState()).toBe('completed');
    expect(job.attemptsMade).toBe(2);
    expect(emailsTo(seeker.email)).toHaveLength(1);
    expect(await inApp(seeker.id)).toHaveLength(1);
  });

  it('fails at once, with the reason, when the mail server refuses the message for good', async () => {
    const seeker = await dataSource.getRepository(User).save({ email: uniqueEmail('refused'), passwordHash: '!', role: 'seeker', displayName: 'Bo', language: 'nl' });
    sink.failNext(1, 550);
    const [jobId] = await notify({ recipientIds: [seeker.id], template: 'welcome' });
    await waitUntil(async () => (await queue.getJobState(jobId)) === 'failed');
    const job = (await queue.getJob(jobId))!;
    expect(job.failedReason).toMatch(/^The mail server refused the message/);
    expect(job.attemptsMade).toBe(1);
    // The in-app notification was delivered before the e-mail failed, and stays delivered once.
    expect(await inApp(seeker.id)).toHaveLength(1);
  });

  it('reports queue depths and the outbox backlog in /health', async () => {
    await settled();
    const health = await api.http().get('/api/v1/health');
    expect(health.status).toBe(200);
    expect(health.body.outbox).toEqual({ pending: 0, oldestPendingSeconds: null });
    const notifications = health.body.queues.find((depth: { name: string }) => depth.name === 'notifications');
    expect(notifications).toMatchObject({ waiting: 0, active: 0 });
    expect(notifications.failed).toBeGreaterThanOrEqual(2);
    expect(health.body.queues.map((depth: { name: string }) => depth.name).sort()).toEqual(['events', 'maintenance', 'notifications', 'privacy']);
  });

  it('shows the queue dashboard to administrators only', async () => {
    expect((await api.http().get('/admin/queues')).status).toBe(401);
    const seeker = await signIn(api, 'demo.werkzoekende@meedoen.test');
    const refused = await api.http().get('/admin/queues').set(seeker);
    expect(refused.status).toBe(403);
    expect(refused.headers['content-type']).toMatch(/problem\+json/);
    const admin = await signIn(api, 'demo.beheerder@meedoen.test');
    const page = await api.http().get('/admin/queues').set(admin);
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    const queues = await api.http().get('/admin/queues/api/queues').set(admin);
    expect(queues.status).toBe(200);
    expect(queues.body.queues.map((q: { name: string }) => q.name).sort()).toEqual(['events', 'maintenance', 'notifications', 'privacy']);
  });
});
