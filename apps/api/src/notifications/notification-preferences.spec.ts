import { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { waitUntil } from '../../test/smtp-sink';
import { createTestApp, signIn, TestApp, uniqueEmail } from '../../test/test-app';
import { createScratchDatabase, ScratchDatabase } from '../../test/test-database';
import { createTestWorker, drained, obliterateQueues, uniqueQueuePrefix } from '../../test/test-worker';
import { BullQueues } from '../queue/bull-queues';
import { QUEUES } from '../queue/queue-names';
import { PasswordService } from '../users/password.service';
import { User } from '../users/user.entity';
import { DigestSender, SEND_DIGESTS } from './digest-sender';
import { Notifier, NotifyRequest } from './notifier';

const PASSWORD = 'een-lang-en-sterk-wachtwoord';
const MATCH = { template: 'vacancy-match', params: { vacancyTitle: 'Hovenier', employerName: 'Groen BV', place: 'Aalten' } } as const;

interface StoredMail {
  recipient: string;
  subject: string;
  text: string;
  headers: Record<string, string>;
}

/** Without SMTP_URL: e-mails land in the database, read here through the dev mailbox API. */
describe('notification preferences, digests, unsubscribe links and the dev mailbox', () => {
  let db: ScratchDatabase;
  let api: TestApp;
  let worker: INestApplicationContext;
  let dataSource: DataSource;
  let admin: { Authorization: string };
  let passwordHash: string | undefined;

  const settled = () => waitUntil(() => drained(worker), 20_000, 100);
  const mailbox = async (address: string): Promise<StoredMail[]> => {
    const response = await api.http().get('/api/v1/dev-mailbox?pageSize=100').set(admin);
    return response.body.items.filter((mail: StoredMail) => mail.recipient === address).reverse();
  };
  const inApp = async (userId: string): Promise<string[]> =>
    (await dataSource.query('SELECT title FROM notification WHERE user_id = $1 ORDER BY created_at', [userId])).map((row: { title: string }) => row.title);
  const notify = (request: NotifyRequest) => dataSource.transaction((manager) => worker.get(Notifier).notify(manager, request));

  /** A new seeker with these choices, signed in; made directly, so without a welcome message. */
  async function seekerWith(items: object[] = []) {
    const email = uniqueEmail('inwoner');
    passwordHash ??= await api.app.get(PasswordService).hash(PASSWORD);
    const seeker = await dataSource.getRepository(User).save({ email, passwordHash, role: 'seeker', displayName: 'Sanne', municipalityCode: 'GM1509' });
    const auth = await signIn(api, email, PASSWORD);
    if (items.length > 0) expect((await api.http().put('/api/v1/users/me/notification-preferences').set(auth).send({ items })).status).toBe(200);
    return { id: seeker.id, email, auth };
  }

  beforeAll(async () => {
    db = await createScratchDatabase('preferences');
    const env = { QUEUE_PREFIX: uniqueQueuePrefix('preferences') };
    api = await createTestApp(env, db.url);
    worker = await createTestWorker(env, db.url);
    dataSource = api.app.get(DataSource);
    admin = await signIn(api, 'demo.beheerder@meedoen.test');
  });
  afterAll(async () => {
    if (worker) await obliterateQueues(worker);
    await worker?.close();
    await api?.app.close();
    await db?.drop();
  });

  it('shows the defaults, replaces them, and refuses invalid choices naming the field', async () => {
    const { auth } = await seekerWith();
    const defaults = await api.http().get('/api/v1/users/me/notification-preferences').set(auth);
    expect(defaults.status).toBe(200);
    expect(defaults.body.items).toEqual([
      { category: 'account', channel: 'email', frequency: 'instant', matchScoreThreshold: null },
      { category: 'match-alerts', channel: 'email', frequency: 'daily', matchScoreThreshold: 70 },
      { category: 'applications', channel: 'email', frequency: 'instant', matchScoreThreshold: null },
      { category: 'appointments', channel: 'email', frequency: 'instant', matchScoreThreshold: null },
      { category: 'vacancies', channel: 'email', frequency: 'daily', matchScoreThreshold: null },
      { category: 'new-applications', channel: 'email', frequency: 'daily', matchScoreThreshold: null },
      { category: 'saved-searches', channel: 'email', frequency: 'instant', matchScoreThreshold: null },
    ]);
    const put = (items: unknown) => api.http().put('/api/v1/users/me/notification-preferences').set(auth).send({ items });
    const replaced = await put([
      { category: 'match-alerts', channel: 'email', frequency: 'instant', matchScoreThreshold: 55 },
      { category: 'appointments', channel: 'in-app', frequency: 'weekly' },
    ]);
    expect(replaced.status).toBe(200);
    expect(replaced.body.items[1]).toEqual({ category: 'match-alerts', channel: 'email', frequency: 'instant', matchScoreThreshold: 55 });
    expect(replaced.body.items[3]).toEqual({ category: 'appointments', channel: 'in-app', frequency: 'weekly', matchScoreThreshold: null });
    expect((await api.http().get('/api/v1/users/me/notification-preferences').set(auth)).body).toEqual(replaced.body);
    const reset = await put([{ category: 'account', channel: 'email', frequency: 'instant' }]);
    expect(reset.body.items[1].frequency).toBe('daily');

    const refusals: [unknown, string][] = [
      [[{ category: 'account', channel: 'email', frequency: 'off' }, { category: 'account', channel: 'in-app', frequency: 'off' }], 'items[1].category'],
      [[{ category: 'applications', channel: 'email', frequency: 'instant', matchScoreThreshold: 50 }], 'items[0].matchScoreThreshold'],
      [[{ category: 'match-alerts', channel: 'email', frequency: 'instant', matchScoreThreshold: 101 }], 'items[0].matchScoreThreshold'],
      [[{ category: 'news', channel: 'email', frequency: 'instant' }], 'items[0].category'],
      [[{ category: 'account', channel: 'sms', frequency: 'instant' }], 'items[0].channel'],
      [[{ category: 'account', channel: 'email', frequency: 'hourly' }], 'items[0].frequency'],
      [[{ category: 'account', channel: 'email', frequency: 'instant', colour: 'red' }], 'items[0].colour'],
      ['all', 'items'],
    ];
    for (const [items, field] of refusals) {
      const response = await put(items);
      expect(response.status).toBe(400);
      expect(response.headers['content-type']).toMatch(/problem\+json/);
      expect(response.body.invalidParams.map((param: { name: string }) => param.name)).toContain(field);
    }
    expect((await api.http().get('/api/v1/users/me/notification-preferences')).status).toBe(401);
  });

  it('sends nothing for a category that is off, and still sends required messages', async () => {
    const seeker = await seekerWith([
      { category: 'account', channel: 'email', frequency: 'off' },
      { category: 'match-alerts', channel: 'email', frequency: 'off' },
    ]);
    await notify({ recipientIds: [seeker.id], ...MATCH, matchScore: 99 });
    await settled();
    expect(await inApp(seeker.id)).toEqual([]);
    expect(await mailbox(seeker.email)).toEqual([]);

    await notify({ recipientIds: [seeker.id], template: 'employer-verification-decided', params: { organisation: 'Test BV', decision: 'approve', reason: null } });
    await settled();
    expect(await inApp(seeker.id)).toEqual(['Test BV is goedgekeurd']);
    expect((await mailbox(seeker.email)).map((mail) => mail.subject)).toEqual(['Test BV is goedgekeurd']);
  });

  it('sends only in the app when that is the chosen channel, and alerts only from the chosen match score', async () => {
    const seeker = await seekerWith([
      { category: 'account', channel: 'in-app', frequency: 'instant' },
      { category: 'match-alerts', channel: 'email', frequency: 'instant', matchScoreThreshold: 80 },
    ]);
    await notify({ recipientIds: [seeker.id], template: 'welcome' });
    await settled();
    expect(await inApp(seeker.id)).toEqual(['Welkom bij Meedoen']);
    expect(await mailbox(seeker.email)).toEqual([]);
    await notify({ recipientIds: [seeker.id], ...MATCH, matchScore: 79 });
    await settled();
    expect(await inApp(seeker.id)).toHaveLength(1);
    await notify({ recipientIds: [seeker.id], ...MATCH, matchScore: 80 });
    await settled();
    expect(await inApp(seeker.id)).toEqual(['Welkom bij Meedoen', 'Nieuwe vacature voor jou: Hovenier']);
    expect((await mailbox(seeker.email)).map((mail) => mail.subject)).toEqual(['Nieuwe vacature voor jou: Hovenier']);
  });

  it('gathers daily and weekly items into one digest e-mail per person and run', async () => {
    const seeker = await seekerWith([{ category: 'account', channel: 'email', frequency: 'weekly' }]); // match-alerts: daily by default
    await notify({ recipientIds: [seeker.id], template: 'welcome' });
    await notify({ recipientIds: [seeker.id], ...MATCH, matchScore: 90 });
    await notify({ recipientIds: [seeker.id], template: 'vacancy-match', params: { ...MATCH.params, vacancyTitle: 'Schoonmaker' }, matchScore: 75, link: '/werkzoekenden/' });
    await settled();
    expect(await inApp(seeker.id)).toHaveLength(3);
    expect(await mailbox(seeker.email)).toEqual([]);

    const digests = worker.get(DigestSender);
    await digests.sendAll('daily', 'run-1');
    await digests.sendAll('daily', 'run-1');
    await digests.sendAll('daily', 'run-2');
    const [daily, ...others] = await mailbox(seeker.email);
    expect(others).toEqual([]);
    expect(daily.subject).toBe('Je overzicht van vandaag: 2 berichten');
    expect(daily.text).toContain('Nieuwe vacature voor jou: Hovenier');
    expect(daily.text).toContain('Nieuwe vacature voor jou: Schoonmaker');
    expect(daily.text).toContain('Bekijk het in Meedoen: http://localhost:3000/werkzoekenden/');
    expect(daily.text).toContain('Wil je geen e-mails meer over nieuwe vacatures die bij je passen? Meld je af:');

    // The weekly run goes through the queue, as the job scheduler starts it.
    const queue = worker.get(BullQueues).get(QUEUES.notifications)!;
    await queue.add(SEND_DIGESTS, { payload: { frequency: 'weekly' } });
    await waitUntil(async () => (await mailbox(seeker.email)).length === 2);
    expect((await mailbox(seeker.email))[1].subject).toBe('Je overzicht van deze week: 1 bericht');
    const schedulers = await queue.getJobSchedulers();
    expect(schedulers.map((scheduler) => [scheduler.key, scheduler.pattern, scheduler.tz]).sort()).toEqual([
      ['digest-daily', '0 8 * * *', 'Europe/Amsterdam'],
      ['digest-weekly', '0 8 * * 1', 'Europe/Amsterdam'],
    ]);
  });

  it('unsubscribes from a category with the link in the e-mail, without signing in', async () => {
    const seeker = await seekerWith([{ category: 'match-alerts', channel: 'email', frequency: 'instant' }]);
    await notify({ recipientIds: [seeker.id], ...MATCH, matchScore: 90 });
    await settled();
    const alert = (await mailbox(seeker.email)).find((mail) => mail.subject.includes('Hovenier'))!;
    const link = /^<http:\/\/localhost:3000(\/afmelden\?token=[\w.-]+)>$/.exec(alert.headers['List-Unsubscribe'])![1];
    expect(alert.text).toContain(`http://localhost:3000${link}`);
    expect(alert.headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');

    const confirm = await api.http().get(link);
    expect(confirm.status).toBe(200);
    expect(confirm.headers['content-type']).toMatch(/text\/html/);
    expect(confirm.text).toContain('<html lang="nl">');
    expect(confirm.text).toContain('nieuwe vacatures die bij je passen');
    expect(confirm.text).toMatch(/<form method="post" action="\/afmelden\?token=/);
    const before = await api.http().get('/api/v1/users/me/notification-preferences').set(seeker.auth);
    expect(before.body.items[1].channel).toBe('email');

    const done = await api.http().post(link).type('form').send('List-Unsubscribe=One-Click');
    expect(done.status).toBe(200);
    expect(done.text).toContain('Je bent afgemeld');
    const after = await api.http().get('/api/v1/users/me/notification-preferences').set(seeker.auth);
    expect(after.body.items[1]).toEqual({ category: 'match-alerts', channel: 'in-app', frequency: 'instant', matchScoreThreshold: 70 });

    await notify({ recipientIds: [seeker.id], template: 'vacancy-match', params: { ...MATCH.params, vacancyTitle: 'Kok' }, matchScore: 90 });
    await settled();
    expect(await inApp(seeker.id)).toContain('Nieuwe vacature voor jou: Kok');
    expect((await mailbox(seeker.email)).some((mail) => mail.subject.includes('Kok'))).toBe(false);

    const tampered = await api.http().post(link.replace(/\.[\w-]+$/, '.forged'));
    expect(tampered.status).toBe(400);
    expect(tampered.text).toContain('Deze link werkt niet');
    expect((await api.http().get('/afmelden')).status).toBe(400);
  });

  it('keeps e-mails in the dev mailbox for administrators, and shows them on a page in demo mode', async () => {
    const seeker = await seekerWith();
    await notify({ recipientIds: [seeker.id], template: 'welcome' });
    await settled();
    expect((await mailbox(seeker.email)).map((mail) => mail.subject)).toEqual(['Welkom bij Meedoen']);
    expect((await api.http().get('/api/v1/dev-mailbox').set(seeker.auth)).status).toBe(403);
    expect((await api.http().get('/api/v1/dev-mailbox')).status).toBe(401);

    const anonymous = await api.http().get('/dev/mailbox');
    expect(anonymous.status).toBe(401);
    expect(anonymous.text).toContain('Sign in as an administrator');
    expect((await api.http().get('/dev/mailbox').set(seeker.auth)).status).toBe(403);
    const signedIn = await api.http().post('/api/v1/sessions').send({ email: 'demo.beheerder@meedoen.test', password: 'meedoen-demo' });
    const cookie = signedIn.headers['set-cookie'][0].split(';')[0];
    const page = await api.http().get('/dev/mailbox').set('Cookie', cookie);
    expect(page.status).toBe(200);
    expect(page.text).toContain('<html lang="en">');
    expect(page.text).toContain(seeker.email);
    expect(page.text).toMatch(/<a href="http:\/\/localhost:3000\/afmelden\?token=[^"]+">/);
  });
});

describe('the dev mailbox page outside demo mode', () => {
  it('does not exist', async () => {
    const api = await createTestApp({ DEMO_MODE: 'false' });
    try {
      expect((await api.http().get('/dev/mailbox')).status).toBe(404);
    } finally {
      await api.app.close();
    }
  });
});
