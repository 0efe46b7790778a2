import { DataSource } from 'typeorm';
import { Auth, paramNames, postVacancy, registerSeeker, verifiedEmployer } from '../../test/marketplace-fixtures';
import { createTestApp, signIn, TestApp } from '../../test/test-app';

describe('applications and invitations', () => {
  let api: TestApp;
  let caseworker: Auth;
  let employer: { id: string; auth: Auth };
  let otherEmployer: { id: string; auth: Auth };

  beforeAll(async () => {
    api = await createTestApp();
    caseworker = await signIn(api, 'demo.regisseur@meedoen.test');
    employer = await verifiedEmployer(api, caseworker);
    otherEmployer = await verifiedEmployer(api, caseworker);
  });
  afterAll(() => api.app.close());

  const apply = (seeker: Auth, vacancyId: string, motivation?: string) => api.http().post('/api/v1/applications').set(seeker).send({ vacancyId, motivation });
  const move = (auth: Auth, id: string, body: object) => api.http().patch(`/api/v1/applications/${id}`).set(auth).send(body);

  it('lets a seeker apply once to an open vacancy, with a motivation', async () => {
    const seeker = await registerSeeker(api);
    const vacancyId = await postVacancy(api, employer.auth);
    const response = await apply(seeker.auth, vacancyId, 'Ik werk graag vroeg.');
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ status: 'applied', origin: 'direct', motivation: 'Ik werk graag vroeg.', vacancy: { id: vacancyId, employer: { id: employer.id } }, rejection: null });
    expect(response.body.steps).toEqual([expect.objectContaining({ fromStatus: null, toStatus: 'applied', actorRole: 'seeker' })]);
    const twice = await apply(seeker.auth, vacancyId);
    expect(twice.status).toBe(409);
    expect(twice.headers['content-type']).toMatch(/problem\+json/);
  });

  it('refuses applications to vacancies that are not open (422) and to drafts of others', async () => {
    const seeker = await registerSeeker(api);
    const draft = await postVacancy(api, employer.auth, {}, false);
    const paused = await postVacancy(api, employer.auth);
    await api.http().patch(`/api/v1/vacancies/${paused}`).set(employer.auth).send({ status: 'paused' });
    for (const vacancyId of [draft, paused, '00000000-0000-4000-8000-000000000000']) {
      const response = await apply(seeker.auth, vacancyId);
      expect(response.status).toBe(422);
      expect(paramNames(response.body)).toEqual(['vacancyId']);
    }
    const expired = await postVacancy(api, employer.auth);
    await api.app.get(DataSource).query(`UPDATE vacancy SET closes_on = current_date - 1 WHERE id = $1`, [expired]);
    expect((await apply(seeker.auth, expired)).status).toBe(422);
    expect((await api.http().post('/api/v1/applications').set(seeker.auth).send({ vacancyId: 'nope' })).status).toBe(400);
    expect((await api.http().post('/api/v1/applications').set(employer.auth).send({ vacancyId: paused })).status).toBe(403);
  });

  it('moves through the pipeline with allowed steps only, each with time, actor and note', async () => {
    const seeker = await registerSeeker(api);
    const vacancyId = await postVacancy(api, employer.auth);
    const { id } = (await apply(seeker.auth, vacancyId)).body;
    expect((await move(employer.auth, id, { status: 'hired' })).status).toBe(409);
    expect((await move(seeker.auth, id, { status: 'in-review' })).status).toBe(403);
    expect((await move(otherEmployer.auth, id, { status: 'in-review' })).status).toBe(404);
    for (const status of ['in-review', 'interview', 'offered', 'hired']) {
      const response = await move(employer.auth, id, { status, note: `stap ${status}` });
      expect(response.status).toBe(200);
      expect(response.body.status).toBe(status);
    }
    expect((await move(employer.auth, id, { status: 'rejected', rejectionReason: 'not-this-time' })).status).toBe(409);
    const asEmployer = await api.http().get(`/api/v1/applications/${id}`).set(employer.auth);
    expect(asEmployer.body.steps.map((s: { toStatus: string }) => s.toStatus)).toEqual(['applied', 'in-review', 'interview', 'offered', 'hired']);
    expect(asEmployer.body.steps[1]).toMatchObject({ fromStatus: 'applied', actorRole: 'employer', note: 'stap in-review' });
    const asSeeker = await api.http().get(`/api/v1/applications/${id}`).set(seeker.auth);
    expect(asSeeker.body.steps[1]).not.toHaveProperty('note');
  });

  it('needs a reason from the list to reject, and shows the seeker its plain text', async () => {
    const seeker = await registerSeeker(api);
    const vacancyId = await postVacancy(api, employer.auth);
    const { id } = (await apply(seeker.auth, vacancyId)).body;
    const noReason = await move(employer.auth, id, { status: 'rejected' });
    expect(noReason.status).toBe(400);
    expect(paramNames(noReason.body)).toEqual(['rejectionReason']);
    expect((await move(employer.auth, id, { status: 'rejected', rejectionReason: 'too-old' })).status).toBe(400);
    expect((await move(employer.auth, id, { status: 'rejected', rejectionReason: 'hours-or-schedule', note: 'alleen avonden' })).status).toBe(200);
    const seen = await api.http().get(`/api/v1/applications/${id}`).set(seeker.auth);
    expect(seen.body.rejection).toEqual({ reason: 'hours-or-schedule', text: 'De uren of werktijden passen nu niet goed bij elkaar.' });
  });

  it('tells the people involved, in the transaction of each step', async () => {
    const seeker = await registerSeeker(api);
    const vacancyId = await postVacancy(api, employer.auth, { title: 'Magazijnmedewerker Ulft' });
    const employerUser = (await api.http().get('/api/v1/users/me').set(employer.auth)).body.id;
    const messagesTo = async (recipientId: string): Promise<{ template: string; status?: string; rejectionReason?: string }[]> =>
      (await api.app.get(DataSource).query(
        `SELECT payload->>'template' AS template, payload->'params'->>'status' AS status, payload->'params'->>'rejectionReason' AS "rejectionReason"
           FROM outbox_event WHERE type = 'notify' AND payload->>'recipientId' = $1 AND payload->>'template' LIKE 'application-%'
            AND payload->'params'->>'vacancyTitle' = 'Magazijnmedewerker Ulft' ORDER BY created_at`,
        [recipientId],
      )).map((row: Record<string, string | null>) => Object.fromEntries(Object.entries(row).filter(([, value]) => value !== null)));
    const { id } = (await apply(seeker.auth, vacancyId)).body;
    expect(await messagesTo(employerUser)).toEqual([{ template: 'application-received' }]);
    await move(employer.auth, id, { status: 'in-review' });
    await move(employer.auth, id, { status: 'rejected', rejectionReason: 'hours-or-schedule' });
    expect(await messagesTo(seeker.id)).toEqual([
      { template: 'application-status-changed', status: 'in-review' },
      { template: 'application-status-changed', status: 'rejected', rejectionReason: 'hours-or-schedule' },
    ]);
    const refused = await move(employer.auth, id, { status: 'hired' });
    expect(refused.status).toBe(409);
    expect(await messagesTo(seeker.id)).toHaveLength(2);
  });

  it('lets the seeker withdraw', async () => {
    const seeker = await registerSeeker(api);
    const vacancyId = await postVacancy(api, employer.auth);
    const { id } = (await apply(seeker.auth, vacancyId)).body;
    expect((await move(employer.auth, id, { status: 'withdrawn' })).status).toBe(403);
    const withdrawn = await move(seeker.auth, id, { status: 'withdrawn', note: 'Ik heb ander werk gevonden' });
    expect(withdrawn.body.status).toBe('withdrawn');
    expect((await move(seeker.auth, id, { status: 'withdrawn' })).status).toBe(409);
  });

  it('lists applications by reader: the seeker its own, employers their vacancies, caseworkers their residents; filterable', async () => {
    const seeker = await registerSeeker(api);
    const eindhovenSeeker = await registerSeeker(api, 'GM0772');
    const vacancyId = await postVacancy(api, employer.auth);
    const otherVacancy = await postVacancy(api, otherEmployer.auth);
    const mine = (await apply(seeker.auth, vacancyId)).body.id;
    const theirs = (await apply(seeker.auth, otherVacancy)).body.id;
    const eindhoven = (await apply(eindhovenSeeker.auth, vacancyId)).body.id;
    const ids = (response: { body: { items: { id: string }[] } }) => response.body.items.map((item) => item.id);

    const forEmployer = await api.http().get(`/api/v1/applications?vacancyId=${vacancyId}`).set(employer.auth);
    expect(ids(forEmployer).sort()).toEqual([mine, eindhoven].sort());
    expect(forEmployer.body.total).toBe(2);
    expect(ids(await api.http().get('/api/v1/applications?pageSize=100').set(employer.auth))).not.toContain(theirs);
    expect((await api.http().get(`/api/v1/applications/${theirs}`).set(employer.auth)).status).toBe(404);

    expect(ids(await api.http().get('/api/v1/applications').set(seeker.auth)).sort()).toEqual([mine, theirs].sort());
    const forCaseworker = await api.http().get(`/api/v1/applications?vacancyId=${vacancyId}&pageSize=100`).set(caseworker);
    expect(ids(forCaseworker)).toContain(mine);
    expect(ids(forCaseworker)).not.toContain(eindhoven);
    await move(employer.auth, mine, { status: 'in-review' });
    expect(ids(await api.http().get(`/api/v1/applications?status=in-review&vacancyId=${vacancyId}`).set(employer.auth))).toEqual([mine]);
    expect(ids(await api.http().get(`/api/v1/applications?seekerId=${eindhovenSeeker.id}`).set(employer.auth))).toEqual([eindhoven]);
    expect((await api.http().get('/api/v1/applications?status=maybe').set(employer.auth)).status).toBe(400);
    expect((await api.http().get('/api/v1/applications?pageSize=101').set(employer.auth)).status).toBe(400);
    expect((await api.http().get('/api/v1/applications?page=999').set(seeker.auth)).body.items).toEqual([]);
  });

  it('shares the identity with the employer once the seeker applied', async () => {
    const seeker = await registerSeeker(api);
    await api.http().patch('/api/v1/seekers/me').set(seeker.auth).send({ visibility: 'hidden', hoursMin: 10, hoursMax: 20 });
    expect((await api.http().get(`/api/v1/seekers/${seeker.id}`).set(employer.auth)).status).toBe(404);
    await apply(seeker.auth, await postVacancy(api, employer.auth));
    const identified = await api.http().get(`/api/v1/seekers/${seeker.id}`).set(employer.auth);
    expect(identified.body).toMatchObject({ view: 'identified', displayName: 'Ahmed Yilmaz', email: seeker.email, hoursMin: 10 });
    expect(identified.body).not.toHaveProperty('limitations');
    expect((await api.http().get(`/api/v1/seekers/${seeker.id}`).set(otherEmployer.auth)).status).toBe(404);
  });

  describe('invitations', () => {
    const invite = (auth: Auth, vacancyId: string, seekerId: string) =>
      api.http().post(`/api/v1/vacancies/${vacancyId}/invitations`).set(auth).send({ seekerId, message: 'Jouw profiel past goed bij ons!' });

    async function visibleSeeker() {
      const seeker = await registerSeeker(api);
      await api.http().patch('/api/v1/seekers/me').set(seeker.auth).send({ visibility: 'employers-anonymous', skills: [{ skillId: 'office-cleaning', level: 2, source: 'self-declared' }] });
      return seeker;
    }

    it('lets an employer invite a visible anonymous candidate, who accepts: an application, and the identity shared', async () => {
      const seeker = await visibleSeeker();
      const vacancyId = await postVacancy(api, employer.auth);
      const invited = await invite(employer.auth, vacancyId, seeker.id);
      expect(invited.status).toBe(201);
      expect(invited.body).toMatchObject({ status: 'pending', seeker: { id: seeker.id }, message: 'Jouw profiel past goed bij ons!' });
      expect(invited.body.seeker).not.toHaveProperty('displayName');
      expect((await invite(employer.auth, vacancyId, seeker.id)).status).toBe(409);

      const inbox = await api.http().get('/api/v1/invitations?status=pending').set(seeker.auth);
      expect(inbox.body.items.map((i: { id: string }) => i.id)).toEqual([invited.body.id]);
      expect((await api.http().patch(`/api/v1/invitations/${invited.body.id}`).set(employer.auth).send({ status: 'accepted' })).status).toBe(403);
      const accepted = await api.http().patch(`/api/v1/invitations/${invited.body.id}`).set(seeker.auth).send({ status: 'accepted', motivation: 'Graag!' });
      expect(accepted.status).toBe(200);
      expect(accepted.body.status).toBe('accepted');
      const application = await api.http().get(`/api/v1/applications/${accepted.body.applicationId}`).set(employer.auth);
      expect(application.body).toMatchObject({ origin: 'invitation', status: 'applied', motivation: 'Graag!', seeker: { id: seeker.id, email: seeker.email } });
      const sent = await api.http().get(`/api/v1/invitations?vacancyId=${vacancyId}`).set(employer.auth);
      expect(sent.body.items[0].seeker.displayName).toBe('Ahmed Yilmaz');
      expect((await api.http().get(`/api/v1/seekers/${seeker.id}`).set(employer.auth)).body.view).toBe('identified');
      expect((await api.http().patch(`/api/v1/invitations/${invited.body.id}`).set(seeker.auth).send({ status: 'declined' })).status).toBe(409);
    });

    it('lets the seeker decline, and keeps invitations to others private', async () => {
      const seeker = await visibleSeeker();
      const other = await visibleSeeker();
      const vacancyId = await postVacancy(api, employer.auth);
      const { id } = (await invite(employer.auth, vacancyId, seeker.id)).body;
      expect((await api.http().get(`/api/v1/invitations/${id}`).set(other.auth)).status).toBe(404);
      expect((await api.http().get(`/api/v1/invitations/${id}`).set(otherEmployer.auth)).status).toBe(404);
      expect((await api.http().patch(`/api/v1/invitations/${id}`).set(other.auth).send({ status: 'accepted' })).status).toBe(404);
      const declined = await api.http().patch(`/api/v1/invitations/${id}`).set(seeker.auth).send({ status: 'declined' });
      expect(declined.body).toMatchObject({ status: 'declined', applicationId: null });
      const templatesTo = async (recipientId: string) =>
        (await api.app.get(DataSource).query(`SELECT payload->>'template' AS template FROM outbox_event WHERE type = 'notify' AND payload->>'recipientId' = $1 AND payload->>'template' LIKE 'invitation-%'`, [recipientId]))
          .map((row: { template: string }) => row.template);
      expect(await templatesTo(seeker.id)).toEqual(['invitation-received']);
      const employerUser = (await api.http().get('/api/v1/users/me').set(employer.auth)).body.id;
      expect(await templatesTo(employerUser)).toContain('invitation-declined');
      expect(declined.body.respondedAt).toMatch(/Z$/);
      expect((await api.http().get(`/api/v1/seekers/${seeker.id}`).set(employer.auth)).body.view).toBe('anonymous');
    });

    it('refuses hidden candidates, others’ vacancies, closed vacancies and bad input', async () => {
      const hidden = await registerSeeker(api);
      const seeker = await visibleSeeker();
      const vacancyId = await postVacancy(api, employer.auth);
      const refused = await invite(employer.auth, vacancyId, hidden.id);
      expect(refused.status).toBe(422);
      expect(paramNames(refused.body)).toEqual(['seekerId']);
      expect((await invite(otherEmployer.auth, vacancyId, seeker.id)).status).toBe(403);
      const draft = await postVacancy(api, employer.auth, {}, false);
      expect((await invite(otherEmployer.auth, draft, seeker.id)).status).toBe(404);
      await api.http().patch(`/api/v1/vacancies/${vacancyId}`).set(employer.auth).send({ status: 'closed' });
      expect((await invite(employer.auth, vacancyId, seeker.id)).status).toBe(409);
      expect((await api.http().post(`/api/v1/vacancies/${vacancyId}/invitations`).set(employer.auth).send({ seekerId: 'x' })).status).toBe(400);
      expect((await invite(seeker.auth, vacancyId, seeker.id)).status).toBe(403);
    });

    it('turns a pending invitation into accepted when the seeker applies directly', async () => {
      const seeker = await visibleSeeker();
      const vacancyId = await postVacancy(api, employer.auth);
      const { id } = (await invite(employer.auth, vacancyId, seeker.id)).body;
      const application = await apply(seeker.auth, vacancyId);
      const invitation = await api.http().get(`/api/v1/invitations/${id}`).set(seeker.auth);
      expect(invitation.body).toMatchObject({ status: 'accepted', applicationId: application.body.id });
    });
  });
});
