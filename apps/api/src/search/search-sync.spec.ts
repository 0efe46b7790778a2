import { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Auth, postVacancy, verifiedEmployer } from '../../test/marketplace-fixtures';
import { waitUntil } from '../../test/smtp-sink';
import { createTestApp, signIn, TestApp } from '../../test/test-app';
import { createScratchDatabase, ScratchDatabase } from '../../test/test-database';
import { createTestWorker, drained, obliterateQueues, uniqueQueuePrefix } from '../../test/test-worker';
import { SEARCH_SYNC } from './vacancy-search-indexer';

describe('search index sync through the outbox', () => {
  let db: ScratchDatabase;
  let api: TestApp;
  let worker: INestApplicationContext;
  let employer: { id: string; auth: Auth };
  let seeker: Auth;

  const sql = (query: string, params: unknown[] = []) => api.app.get(DataSource).query(query, params);
  const found = async (text: string): Promise<string[]> =>
    (await api.http().get(`/api/v1/vacancies?q=${encodeURIComponent(text)}`).set(seeker).expect(200)).body.items.map((item: { id: string }) => item.id);

  beforeAll(async () => {
    db = await createScratchDatabase('search_sync');
    const env = { QUEUE_PREFIX: uniqueQueuePrefix('searchsync') };
    api = await createTestApp(env, db.url);
    worker = await createTestWorker(env, db.url);
    employer = await verifiedEmployer(api, await signIn(api, 'demo.regisseur@meedoen.test'));
    seeker = await signIn(api, 'demo.werkzoekende@meedoen.test');
  });
  afterAll(async () => {
    if (worker) await obliterateQueues(worker);
    await worker?.close();
    await api?.app.close();
    await db?.drop();
  });

  it('adds a sync event in the transaction of each change, and the worker brings a stale index in step', async () => {
    const id = await postVacancy(api, employer.auth, { title: 'Fietsenmaker Terborg' });
    const events: { payload: { vacancyIds: string[] } }[] = await sql(`SELECT payload FROM outbox_event WHERE type = $1 AND payload->'vacancyIds' ? $2`, [SEARCH_SYNC, id]);
    expect(events.length).toBeGreaterThanOrEqual(1);
    expect(await found('Fietsenmaker Terborg')).toEqual([id]);
    await waitUntil(() => drained(worker), 60_000, 100);

    // As if the index missed a change (an engine that was down): the event brings it back.
    await sql('DELETE FROM vacancy_search_document WHERE vacancy_id = $1', [id]);
    await sql(`INSERT INTO outbox_event (id, type, queue, payload) VALUES (gen_random_uuid(), $1, 'events', $2)`, [SEARCH_SYNC, { vacancyIds: [id] }]);
    await waitUntil(async () => (await sql('SELECT 1 FROM vacancy_search_document WHERE vacancy_id = $1', [id])).length === 1, 60_000);

    // Closing it removes it from the index, through the API at once and through the worker again.
    await api.http().patch(`/api/v1/vacancies/${id}`).set(employer.auth).send({ status: 'closed' }).expect(200);
    await waitUntil(() => drained(worker), 60_000, 100);
    expect(await sql('SELECT 1 FROM vacancy_search_document WHERE vacancy_id = $1', [id])).toEqual([]);
  });
});
