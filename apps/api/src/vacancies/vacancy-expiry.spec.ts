import { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Auth, postVacancy, verifiedEmployer } from '../../test/marketplace-fixtures';
import { waitUntil } from '../../test/smtp-sink';
import { signIn, TestApp } from '../../test/test-app';
import { startWorkerHarness, WorkerHarness } from '../../test/worker-harness';
import { BullQueues } from '../queue/bull-queues';
import { QUEUES } from '../queue/queue-names';
import { CLOSE_EXPIRED_VACANCIES, VacancyExpiryProcessor } from './vacancy-expiry.processor';

describe('vacancy expiry: the worker closes vacancies whose close date passed', () => {
  let harness: WorkerHarness;
  let api: TestApp;
  let worker: INestApplicationContext;
  let employer: { id: string; auth: Auth };

  const sql = (query: string, params: unknown[] = []) => api.app.get(DataSource).query(query, params);
  const statusOf = async (id: string) => (await api.http().get(`/api/v1/vacancies/${id}`).set(employer.auth)).body.status;
  const inAppFor = (vacancyId: string): Promise<{ title: string; link: string }[]> =>
    sql(`SELECT title, link FROM notification WHERE template = 'vacancy-expired' AND link = $1`, [`/werkgevers/vacatures/${vacancyId}`]);
  /** As if the days went by. */
  const closeDateYesterday = (id: string) => sql(`UPDATE vacancy SET closes_on = current_date - 1 WHERE id = $1`, [id]);

  beforeAll(async () => {
    harness = await startWorkerHarness('expiry');
    ({ api, worker } = harness);
    employer = await verifiedEmployer(api, await signIn(api, 'demo.regisseur@meedoen.test'));
  });
  afterAll(() => harness?.close());

  it('closes published and paused vacancies past their close date, with the system in the history, and tells the employer once', async () => {
    const nextWeek = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
    const expired = await postVacancy(api, employer.auth, { title: 'Verlopen vacature', closesOn: nextWeek });
    const paused = await postVacancy(api, employer.auth, { title: 'Gepauzeerde vacature', closesOn: nextWeek });
    await api.http().patch(`/api/v1/vacancies/${paused}`).set(employer.auth).send({ status: 'paused' }).expect(200);
    const stillOpen = await postVacancy(api, employer.auth, { title: 'Open vacature', closesOn: nextWeek });
    const draft = await postVacancy(api, employer.auth, { title: 'Concept', closesOn: nextWeek }, false);
    for (const id of [expired, paused, draft]) await closeDateYesterday(id);

    // The repeatable job runs in the worker through the events queue.
    await worker.get(BullQueues).get(QUEUES.events)!.add(CLOSE_EXPIRED_VACANCIES, { payload: {} });
    await waitUntil(async () => (await statusOf(expired)) === 'closed' && (await statusOf(paused)) === 'closed');
    await harness.settle();
    expect(await statusOf(stillOpen)).toBe('published');
    expect(await statusOf(draft)).toBe('draft');

    const history = (await api.http().get(`/api/v1/vacancies/${expired}/history`).set(employer.auth)).body.items;
    expect(history.at(-1)).toMatchObject({ action: 'status-changed', actorUserId: null, actorRole: 'system', fromStatus: 'published', toStatus: 'closed' });
    expect(await inAppFor(expired)).toEqual([{ title: 'Vacature gesloten: Verlopen vacature', link: `/werkgevers/vacatures/${expired}` }]);
    expect(await inAppFor(paused)).toHaveLength(1);
    // 'vacancies' goes in the daily digest by default.
    const [digest] = await sql(`SELECT title, body FROM digest_item WHERE title = 'Vacature gesloten: Verlopen vacature'`);
    expect(digest.body).toMatch(/^De sluitdatum was \d+ \w+ \d{4}\. Daarom hebben we de vacature gesloten\./);

    // A second run finds nothing left to close and tells no one again.
    expect(await worker.get(VacancyExpiryProcessor).closeExpired()).toEqual([]);
    await harness.settle();
    expect(await inAppFor(expired)).toHaveLength(1);
    const search = await api.http().get('/api/v1/vacancies?q=Verlopen').set(await signIn(api, 'demo.werkzoekende@meedoen.test'));
    expect(search.status).toBe(200);
    expect(search.body.items.map((item: { id: string }) => item.id)).not.toContain(expired);
  });

  it('runs every hour as a repeatable job of the worker', async () => {
    const schedulers = await worker.get(BullQueues).get(QUEUES.events)!.getJobSchedulers();
    expect(schedulers.map((scheduler) => [scheduler.key, scheduler.pattern, scheduler.tz])).toContainEqual([CLOSE_EXPIRED_VACANCIES, '5 * * * *', 'Europe/Amsterdam']);
  });
});
