import { DataSource } from 'typeorm';
import { Auth, paramNames, postVacancy, registerSeeker, verifiedEmployer } from '../../test/marketplace-fixtures';
import { DEMO } from '../../test/residents';
import { createTestApp, signIn, TestApp } from '../../test/test-app';

describe('proposals (voordrachten)', () => {
  let api: TestApp;
  let caseworker: Auth;
  let berkelland: Auth;
  let employer: { id: string; auth: Auth };
  let otherEmployer: { id: string; auth: Auth };

  beforeAll(async () => {
    api = await createTestApp();
    caseworker = await signIn(api, DEMO.caseworker);
    berkelland = await signIn(api, DEMO.berkellandCaseworker);
    employer = await verifiedEmployer(api, caseworker);
    otherEmployer = await verifiedEmployer(api, caseworker);
  });
  afterAll(() => api.app.close());

  const propose = (auth: Auth, vacancyId: string, body: object) => api.http().post(`/api/v1/vacancies/${vacancyId}/proposals`).set(auth).send(body);
  const answer = (auth: Auth, id: string, status: string) => api.http().patch(`/api/v1/proposals/${id}`).set(auth).send({ status });
  const list = async (auth: Auth, vacancyId: string) => (await api.http().get(`/api/v1/proposals?vacancyId=${vacancyId}`).set(auth)).body;
  const count = async (table: string) => Number((await api.app.get(DataSource).query(`SELECT count(*) AS n FROM ${table}`))[0].n);
  const notificationsOf = async (userId: string) =>
    (await api.app.get(DataSource).query(`SELECT payload->>'template' AS template FROM outbox_event WHERE type = 'notify' AND payload->>'recipientId' = $1`, [userId])).map(
      (row: { template: string }) => row.template,
    );
  const userIdOf = async (auth: Auth) => (await api.http().get('/api/v1/users/me').set(auth)).body.id as string;

  it('goes from consent to the employer to an application, telling the next person at each step', async () => {
    const seeker = await registerSeeker(api);
    const vacancyId = await postVacancy(api, employer.auth);
    const created = await propose(caseworker, vacancyId, { seekerId: seeker.id, note: 'Betrouwbaar en vroeg op.' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ status: 'awaiting-consent', note: 'Betrouwbaar en vroeg op.', seeker: { id: seeker.id }, applicationId: null });
    const id = created.body.id;
    expect(await notificationsOf(seeker.id)).toContain('proposal-awaiting-consent');
    expect((await list(employer.auth, vacancyId)).total).toBe(0);
    expect((await api.http().get(`/api/v1/proposals/${id}`).set(employer.auth)).status).toBe(404);
    expect((await list(seeker.auth, vacancyId)).total).toBe(1);

    expect((await answer(employer.auth, id, 'accepted')).status).toBe(404);
    const consented = await answer(seeker.auth, id, 'awaiting-employer');
    expect(consented.status).toBe(200);
    expect(consented.body.seekerRespondedAt).not.toBeNull();
    expect(await notificationsOf(await userIdOf(employer.auth))).toContain('proposal-awaiting-employer');
    const seen = await list(employer.auth, vacancyId);
    expect(seen.items).toEqual([expect.objectContaining({ id, status: 'awaiting-employer', seeker: expect.objectContaining({ displayName: 'Ahmed Yilmaz' }) })]);
    expect((await list(otherEmployer.auth, vacancyId)).total).toBe(0);

    expect((await answer(seeker.auth, id, 'declined-by-seeker')).status).toBe(409);
    const accepted = await answer(employer.auth, id, 'accepted');
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ status: 'accepted', applicationId: expect.any(String) });
    const application = await api.http().get(`/api/v1/applications/${accepted.body.applicationId}`).set(employer.auth);
    expect(application.body).toMatchObject({ origin: 'proposal', status: 'applied', seeker: { id: seeker.id } });
    expect(await notificationsOf(seeker.id)).toContain('proposal-accepted');
    expect((await answer(employer.auth, id, 'declined-by-employer')).status).toBe(409);
  });

  it("lists one resident's proposals for the caseworker's resident page, not other residents'", async () => {
    const [seeker, other] = [await registerSeeker(api), await registerSeeker(api)];
    const [first, second] = [await postVacancy(api, employer.auth), await postVacancy(api, employer.auth)];
    await propose(caseworker, first, { seekerId: seeker.id, note: 'Past goed.' });
    await propose(caseworker, second, { seekerId: seeker.id, note: 'Past ook.' });
    await propose(caseworker, first, { seekerId: other.id, note: 'Een ander.' });
    const mine = (await api.http().get(`/api/v1/proposals?seekerId=${seeker.id}`).set(caseworker)).body;
    expect(mine.total).toBe(2);
    expect(mine.items.map((proposal: { seeker: { id: string } }) => proposal.seeker.id)).toEqual([seeker.id, seeker.id]);
    expect((await api.http().get(`/api/v1/proposals?seekerId=${seeker.id}`).set(berkelland)).body.total).toBe(0);
    expect(paramNames((await api.http().get('/api/v1/proposals?seekerId=nope').set(caseworker)).body)).toEqual(['seekerId']);
  });

  it('lets the resident or the employer decline, and tells the caseworker', async () => {
    const caseworkerId = await userIdOf(caseworker);
    const vacancyId = await postVacancy(api, employer.auth);
    const declining = await registerSeeker(api);
    const byResident = (await propose(caseworker, vacancyId, { seekerId: declining.id, note: 'Past goed.' })).body.id;
    expect((await answer(declining.auth, byResident, 'declined-by-seeker')).body.status).toBe('declined-by-seeker');
    expect(await notificationsOf(caseworkerId)).toContain('proposal-declined-by-seeker');
    expect((await api.http().get(`/api/v1/proposals/${byResident}`).set(employer.auth)).status).toBe(404);

    const rejected = await registerSeeker(api);
    const byEmployer = (await propose(caseworker, vacancyId, { seekerId: rejected.id, note: 'Past goed.' })).body.id;
    await answer(rejected.auth, byEmployer, 'awaiting-employer');
    expect((await answer(employer.auth, byEmployer, 'declined-by-employer')).body).toMatchObject({ status: 'declined-by-employer', applicationId: null });
    expect(await notificationsOf(caseworkerId)).toContain('proposal-declined-by-employer');
  });

  it('rolls the whole answer back when the application cannot be made (vacancy closed meanwhile)', async () => {
    const seeker = await registerSeeker(api);
    const vacancyId = await postVacancy(api, employer.auth);
    const id = (await propose(caseworker, vacancyId, { seekerId: seeker.id, note: 'Past goed.' })).body.id;
    await answer(seeker.auth, id, 'awaiting-employer');
    await api.app.get(DataSource).query(`UPDATE vacancy SET closes_on = current_date - 1 WHERE id = $1`, [vacancyId]);
    const notifications = await count(`outbox_event WHERE payload->>'template' = 'proposal-accepted'`);
    const refused = await answer(employer.auth, id, 'accepted');
    expect(refused.status).toBe(422);
    expect(paramNames(refused.body)).toEqual(['vacancyId']);
    expect((await api.http().get(`/api/v1/proposals/${id}`).set(employer.auth)).body).toMatchObject({ status: 'awaiting-employer', applicationId: null, employerRespondedAt: null });
    expect(await count(`application WHERE seeker_user_id = '${seeker.id}'`)).toBe(0);
    expect(await count(`outbox_event WHERE payload->>'template' = 'proposal-accepted'`)).toBe(notifications);
  });

  it('refuses residents of another municipality, doubles, and people who applied already', async () => {
    const vacancyId = await postVacancy(api, employer.auth);
    const elsewhere = await registerSeeker(api, 'GM1859');
    expect((await propose(caseworker, vacancyId, { seekerId: elsewhere.id, note: 'x' })).status).toBe(404);
    const seeker = await registerSeeker(api);
    expect((await propose(berkelland, vacancyId, { seekerId: seeker.id, note: 'x' })).status).toBe(404);
    expect((await propose(caseworker, vacancyId, { seekerId: seeker.id, note: 'Eerste keer.' })).status).toBe(201);
    const twice = await propose(caseworker, vacancyId, { seekerId: seeker.id, note: 'Tweede keer.' });
    expect(twice.status).toBe(409);
    expect(paramNames(twice.body)).toEqual(['seekerId']);

    const applicant = await registerSeeker(api);
    await api.http().post('/api/v1/applications').set(applicant.auth).send({ vacancyId });
    const applied = await propose(caseworker, vacancyId, { seekerId: applicant.id, note: 'x' });
    expect(applied.status).toBe(409);
    expect(paramNames(applied.body)).toEqual(['seekerId']);
    expect((await list(berkelland, vacancyId)).total).toBe(0);
  });

  it('answers bad input and the wrong roles with problem+json and writes nothing', async () => {
    const seeker = await registerSeeker(api);
    const vacancyId = await postVacancy(api, employer.auth);
    const draft = await postVacancy(api, employer.auth, {}, false);
    const before = await count('proposal');
    const cases: [object, string][] = [
      [{ seekerId: 'nope', note: 'x' }, 'seekerId'],
      [{ seekerId: seeker.id }, 'note'],
      [{ seekerId: seeker.id, note: '' }, 'note'],
      [{ seekerId: seeker.id, note: 'x'.repeat(2001) }, 'note'],
      [{ seekerId: seeker.id, note: 'x', extra: true }, 'extra'],
    ];
    for (const [body, field] of cases) {
      const response = await propose(caseworker, vacancyId, body);
      expect(response.status).toBe(400);
      expect(response.headers['content-type']).toMatch(/problem\+json/);
      expect(paramNames(response.body)).toContain(field);
    }
    expect((await propose(caseworker, draft, { seekerId: seeker.id, note: 'x' })).status).toBe(404);
    expect((await propose(employer.auth, vacancyId, { seekerId: seeker.id, note: 'x' })).status).toBe(403);
    expect((await propose(seeker.auth, vacancyId, { seekerId: seeker.id, note: 'x' })).status).toBe(403);
    expect(await count('proposal')).toBe(before);

    const id = (await propose(caseworker, vacancyId, { seekerId: seeker.id, note: 'x' })).body.id;
    const badStatus = await answer(seeker.auth, id, 'maybe');
    expect(badStatus.status).toBe(400);
    expect(paramNames(badStatus.body)).toEqual(['status']);
    expect((await answer(caseworker, id, 'awaiting-employer')).status).toBe(403);
    expect((await answer(seeker.auth, id, 'accepted')).status).toBe(403);
    expect((await answer((await registerSeeker(api)).auth, id, 'awaiting-employer')).status).toBe(404);
    expect((await api.http().get(`/api/v1/proposals/${id}`).set(caseworker)).body.status).toBe('awaiting-consent');
  });
});
