import { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Auth, postVacancy, registerSeeker, verifiedEmployer } from '../../test/marketplace-fixtures';
import { SmtpSink } from '../../test/smtp-sink';
import { signIn, TestApp } from '../../test/test-app';
import { startWorkerHarness, WorkerHarness } from '../../test/worker-harness';
import { BullQueues } from '../queue/bull-queues';
import { QUEUES } from '../queue/queue-names';
import { SavedSearchPeriodicAlerts } from './saved-search-alerts.processor';

describe('saved-search alerts: instant, daily or weekly, as each search chose', () => {
  let harness: WorkerHarness;
  let sink: SmtpSink;
  let api: TestApp;
  let worker: INestApplicationContext;
  let employer: { id: string; auth: Auth };

  const settle = () => harness.settle();
  const alertsOf = (userId: string): Promise<{ template: string; title: string; link: string }[]> =>
    api.app.get(DataSource).query(`SELECT template, title, link FROM notification WHERE user_id = $1 AND template LIKE 'saved-search-%' ORDER BY created_at`, [userId]);
  async function seekerWithSearches(...searches: { name: string; criteria: object; alert: string }[]) {
    const seeker = await registerSeeker(api);
    for (const search of searches) expect((await api.http().post('/api/v1/saved-searches').set(seeker.auth).send(search)).status).toBe(201);
    return seeker;
  }

  beforeAll(async () => {
    harness = await startWorkerHarness('saved_search');
    ({ api, sink, worker } = harness);
    employer = await verifiedEmployer(api, await signIn(api, 'demo.regisseur@meedoen.test'));
  });
  afterAll(() => harness?.close());

  it('tells owners of matching searches: instant ones at once (once per person), daily ones in the next run, nobody else', async () => {
    const instant = await seekerWithSearches(
      { name: 'Schoonmaken', criteria: { q: 'schoonmaker' }, alert: 'instant' },
      { name: 'Betaald werk', criteria: { kind: ['regular'] }, alert: 'instant' },
    );
    const otherWork = await seekerWithSearches({ name: 'Koken', criteria: { q: 'kok' }, alert: 'instant' });
    const daily = await seekerWithSearches({ name: 'Dichtbij', criteria: { kind: ['regular'], postcode: '7081 AB', radiusKm: 10 }, alert: 'daily' });
    const silent = await seekerWithSearches({ name: 'Stil', criteria: { q: 'schoonmaker' }, alert: 'none' });

    await postVacancy(api, employer.auth, { title: 'Schoonmaker gemeentehuis' });
    await sink.waitFor((mails) => mails.some((mail) => mail.to.includes(instant.email) && mail.subject.startsWith('Nieuwe vacature bij je zoekopdracht')));
    await settle();
    const [alert, ...more] = await alertsOf(instant.id);
    expect(more).toEqual([]);
    expect(alert).toMatchObject({ template: 'saved-search-match', title: 'Nieuwe vacature bij je zoekopdracht: Schoonmaker gemeentehuis' });
    expect(alert.link).toMatch(/^\/werkzoekenden\/zoeken\?/);
    for (const seeker of [otherWork, daily, silent]) expect(await alertsOf(seeker.id)).toEqual([]);

    const periodic = worker.get(SavedSearchPeriodicAlerts);
    expect(await periodic.sendAll('daily', 'run-1')).toBe(1);
    await settle();
    expect(await alertsOf(daily.id)).toEqual([
      { template: 'saved-search-new-vacancies', title: '1 nieuwe vacature bij "Dichtbij"', link: '/werkzoekenden/zoeken?kind=regular&postcode=7081+AB&radiusKm=10' },
    ]);
    const mail = sink.received.find((received) => received.to.includes(daily.email) && received.subject.includes('Dichtbij'))!;
    expect(mail.text).toContain('Nieuw sinds de vorige keer: Schoonmaker gemeentehuis.');
    // The next run has nothing new: no second message.
    expect(await periodic.sendAll('daily', 'run-2')).toBe(0);
    await settle();
    expect(await alertsOf(daily.id)).toHaveLength(1);
    expect(await alertsOf(silent.id)).toEqual([]);
  });

  it('schedules the daily and weekly runs as repeatable jobs of the worker', async () => {
    const schedulers = await worker.get(BullQueues).get(QUEUES.events)!.getJobSchedulers();
    expect(schedulers.map((scheduler) => [scheduler.key, scheduler.pattern]).sort()).toEqual(
      expect.arrayContaining([['saved-searches-daily', '50 7 * * *'], ['saved-searches-weekly', '50 7 * * 1']]),
    );
  });
});
