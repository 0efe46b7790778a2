import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { createTestApp, signIn, TestApp, uniqueEmail } from '../../test/test-app';
import { idForKey } from './outbox-key';
import { OutboxService } from './outbox.service';

describe('the transactional outbox', () => {
  let api: TestApp;
  let dataSource: DataSource;
  let outbox: OutboxService;
  const rowsOfType = (type: string) => dataSource.query('SELECT id, queue, payload, run_at, dispatched_at FROM outbox_event WHERE type = $1', [type]);

  beforeAll(async () => {
    api = await createTestApp();
    dataSource = api.app.get(DataSource);
    outbox = api.app.get(OutboxService);
  });
  afterAll(() => api.app.close());

  it("writes events only when the caller's transaction commits", async () => {
    const committed = `test.committed-${randomUUID()}`;
    const [id] = await dataSource.transaction((manager) => outbox.add(manager, { type: committed, payload: { answer: 42 } }));
    expect(await rowsOfType(committed)).toEqual([{ id, queue: 'events', payload: { answer: 42 }, run_at: expect.any(Date), dispatched_at: null }]);

    const rolledBack = `test.rolled-back-${randomUUID()}`;
    const failing = dataSource.transaction(async (manager) => {
      await outbox.add(manager, { type: rolledBack, payload: {} });
      throw new Error('the change failed after its event was written');
    });
    await expect(failing).rejects.toThrow('the change failed');
    expect(await rowsOfType(rolledBack)).toEqual([]);
  });

  it('refuses to write outside a transaction', async () => {
    await expect(outbox.add(dataSource.manager, { type: 'test.no-transaction', payload: {} })).rejects.toThrow(/running transaction/);
  });

  it('adds a keyed event once, and schedules work that can be cancelled until it is relayed', async () => {
    const type = `test.keyed-${randomUUID()}`;
    const key = `test:${randomUUID()}`;
    const first = await dataSource.transaction((manager) => outbox.add(manager, { type, key, payload: { attempt: 1 } }));
    const second = await dataSource.transaction((manager) => outbox.add(manager, { type, key, payload: { attempt: 2 } }));
    expect(second).toEqual(first);
    expect(first).toEqual([idForKey(key)]);
    expect((await rowsOfType(type)).map((row: { payload: object }) => row.payload)).toEqual([{ attempt: 1 }]);

    const reminder = `test.reminder-${randomUUID()}`;
    const runAt = new Date(Date.now() + 24 * 3600_000);
    const scheduleKey = `appointment:${randomUUID()}:reminder-24h:${runAt.toISOString()}`;
    await dataSource.transaction((manager) => outbox.schedule(manager, scheduleKey, runAt, { type: reminder, payload: {} }));
    expect((await rowsOfType(reminder))[0].run_at.getTime()).toBe(runAt.getTime());
    expect(await dataSource.transaction((manager) => outbox.cancel(manager, scheduleKey))).toBe(true);
    expect(await dataSource.transaction((manager) => outbox.cancel(manager, scheduleKey))).toBe(false);
    expect(await rowsOfType(reminder)).toEqual([]);
  });

  it('gives the same key the same UUID, and different keys different ones', () => {
    expect(idForKey('a')).toBe(idForKey('a'));
    expect(idForKey('a')).not.toBe(idForKey('b'));
    expect(idForKey('a')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('records a welcome notification with every new account, and the verification decision with its change', async () => {
    const email = uniqueEmail('werkgever');
    const registered = await api.http().post('/api/v1/accounts').send({
      role: 'employer', email, password: 'een-lang-en-sterk-wachtwoord', displayName: 'Joke Hendriks',
      organisation: { name: 'Schilder Hendriks', kvkNumber: '11223344', postcode: '7081 AB', houseNumber: '3' },
    });
    expect(registered.status).toBe(201);
    const welcome = await dataSource.query(`SELECT queue, payload FROM outbox_event WHERE type = 'notify' AND payload->>'recipientId' = $1`, [registered.body.id]);
    expect(welcome).toEqual([{ queue: 'notifications', payload: { recipientId: registered.body.id, template: 'welcome', params: {}, link: '/werkgevers/', matchScore: null } }]);

    const caseworker = await signIn(api, 'demo.regisseur@meedoen.test');
    const employerId = registered.body.employerId;
    await api.http().post(`/api/v1/employers/${employerId}/verification`).set(caseworker).send({ decision: 'approve', kvkCheckNote: 'Intern: KvK-uittreksel klopt' });
    const decided = await dataSource.query(`SELECT payload FROM outbox_event WHERE type = 'employer.verification-decided' AND payload->>'employerId' = $1`, [employerId]);
    expect(decided).toEqual([{ payload: { employerId, organisation: 'Schilder Hendriks', decision: 'approve', reason: null } }]);
  });
});
