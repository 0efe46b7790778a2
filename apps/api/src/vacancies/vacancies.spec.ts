import { DataSource } from 'typeorm';
import { VacancySearchIndexer } from '../search/vacancy-search-indexer';
import { Auth, paramNames, postVacancy, registerEmployer, vacancyBody, verifiedEmployer } from '../../test/marketplace-fixtures';
import { createTestApp, signIn, TestApp } from '../../test/test-app';

describe('vacancies: posting, lifecycle and history', () => {
  let api: TestApp;
  let caseworker: Auth;
  let seeker: Auth;
  let employer: { id: string; auth: Auth };
  let otherEmployer: { id: string; auth: Auth };

  beforeAll(async () => {
    api = await createTestApp();
    caseworker = await signIn(api, 'demo.regisseur@meedoen.test');
    seeker = await signIn(api, 'demo.werkzoekende@meedoen.test');
    employer = await verifiedEmployer(api, caseworker);
    otherEmployer = await verifiedEmployer(api, caseworker);
  });
  afterAll(() => api.app.close());

  const get = (id: string, auth: Auth) => api.http().get(`/api/v1/vacancies/${id}`).set(auth);
  const patch = (id: string, auth: Auth, body: object) => api.http().patch(`/api/v1/vacancies/${id}`).set(auth).send(body);

  it('creates a draft with labels, coordinates and the occupation’s sector as theme', async () => {
    const response = await api.http().post('/api/v1/vacancies').set(employer.auth).send(vacancyBody());
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      status: 'draft',
      kind: 'regular',
      occupation: { id: '9112.2', label: 'schoonmaker' },
      requiredSkills: [{ skillId: 'office-cleaning', level: 2, label: 'kantoren schoonmaken' }],
      niceToHaveSkills: [{ skillId: 'window-cleaning', level: 1 }],
      themes: ['cleaning'],
      schedule: { days: ['mon', 'tue', 'wed'], dayParts: ['morning'], shiftWork: false },
      pay: { type: 'hourly-wage', min: 14.4, max: 15.5 },
      location: { postcode: '7081AB', houseNumber: '12', municipalityCode: 'GM1509' },
      employer: { id: employer.id },
      publishedAt: null,
      taxonomyVersion: '1.0.0',
    });
    expect(response.body.location.latitude).toBeGreaterThan(51);
  });

  it("hides drafts from everyone but the employer (404), and shows published vacancies to everyone signed in", async () => {
    const id = await postVacancy(api, employer.auth, {}, false);
    expect((await get(id, employer.auth)).status).toBe(200);
    expect((await get(id, otherEmployer.auth)).status).toBe(404);
    expect((await get(id, seeker)).status).toBe(404);
    expect((await get(id, caseworker)).status).toBe(404);
    expect((await patch(id, otherEmployer.auth, { title: 'Overgenomen' })).status).toBe(404);
    expect((await patch(id, employer.auth, { status: 'published' })).body.status).toBe('published');
    const seen = await get(id, seeker);
    expect(seen.status).toBe(200);
    expect(seen.body.publishedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect((await patch(id, otherEmployer.auth, { title: 'Overgenomen' })).status).toBe(403);
    expect((await api.http().get(`/api/v1/vacancies/${id}`)).status).toBe(401);
  });

  it('moves through the lifecycle with allowed transitions only, each stored in the history', async () => {
    const id = await postVacancy(api, employer.auth, {}, false);
    expect((await patch(id, employer.auth, { status: 'paused' })).status).toBe(409);
    for (const status of ['published', 'paused', 'published']) expect((await patch(id, employer.auth, { status })).body.status).toBe(status);
    expect((await patch(id, employer.auth, { title: 'Schoonmaker kantoren en scholen', hoursMax: 28 })).status).toBe(200);
    expect((await patch(id, employer.auth, { status: 'filled' })).body.status).toBe('filled');
    const reopened = await patch(id, employer.auth, { status: 'published' });
    expect(reopened.status).toBe(409);
    expect(paramNames(reopened.body)).toEqual(['status']);
    expect((await patch(id, employer.auth, { title: 'Te laat' })).status).toBe(409);

    const history = await api.http().get(`/api/v1/vacancies/${id}/history`).set(employer.auth);
    expect(history.status).toBe(200);
    expect(history.body.items.map((e: { action: string; toStatus: string | null }) => `${e.action}:${e.toStatus ?? ''}`)).toEqual([
      'created:draft', 'status-changed:published', 'status-changed:paused', 'status-changed:published', 'updated:', 'status-changed:filled',
    ]);
    const update = history.body.items[4];
    expect(update.changes).toEqual({ title: { from: 'Schoonmaker kantoren', to: 'Schoonmaker kantoren en scholen' }, hoursMax: { from: 24, to: 28 } });
    expect(update.actorRole).toBe('employer');
    expect(update.occurredAt).toMatch(/Z$/);
    expect((await api.http().get(`/api/v1/vacancies/${id}/history`).set(caseworker)).status).toBe(200);
    expect((await api.http().get(`/api/v1/vacancies/${id}/history`).set(seeker)).status).toBe(403);
  });

  it('lets only verified employers publish', async () => {
    const pending = await registerEmployer(api);
    const id = await postVacancy(api, pending.auth, {}, false);
    const refused = await patch(id, pending.auth, { status: 'published' });
    expect(refused.status).toBe(403);
    expect(refused.headers['content-type']).toMatch(/problem\+json/);
    expect((await get(id, pending.auth)).body.status).toBe('draft');
  });

  it('shows a vacancy past its close date as expired, and no longer finds it', async () => {
    const id = await postVacancy(api, employer.auth, { title: 'Verlopen vacature zeldzaamwoord' });
    expect((await api.http().get('/api/v1/vacancies?q=zeldzaamwoord').set(seeker)).body.total).toBe(1);
    await api.app.get(DataSource).query(`UPDATE vacancy SET closes_on = current_date - 1 WHERE id = $1`, [id]);
    await api.app.get(VacancySearchIndexer).refresh([id]);
    expect((await get(id, employer.auth)).body.status).toBe('expired');
    expect((await api.http().get('/api/v1/vacancies?q=zeldzaamwoord').set(seeker)).body.total).toBe(0);
    // A new close date opens it again.
    const later = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    expect((await patch(id, employer.auth, { closesOn: later })).body.status).toBe('published');
  });

  it('deletes drafts only', async () => {
    const draft = await postVacancy(api, employer.auth, {}, false);
    expect((await api.http().delete(`/api/v1/vacancies/${draft}`).set(otherEmployer.auth)).status).toBe(404);
    expect((await api.http().delete(`/api/v1/vacancies/${draft}`).set(employer.auth)).status).toBe(204);
    expect((await get(draft, employer.auth)).status).toBe(404);
    const published = await postVacancy(api, employer.auth);
    expect((await api.http().delete(`/api/v1/vacancies/${published}`).set(employer.auth)).status).toBe(409);
  });

  it("lists an employer's own vacancies in every status", async () => {
    const draft = await postVacancy(api, otherEmployer.auth, {}, false);
    const mine = await api.http().get(`/api/v1/employers/${otherEmployer.id}/vacancies?status=draft`).set(otherEmployer.auth);
    expect(mine.status).toBe(200);
    expect(mine.body.items.map((v: { id: string }) => v.id)).toContain(draft);
    expect((await api.http().get(`/api/v1/employers/${otherEmployer.id}/vacancies`).set(employer.auth)).status).toBe(404);
    const forCaseworker = await api.http().get(`/api/v1/employers/${otherEmployer.id}/vacancies`).set(caseworker);
    expect(forCaseworker.body.items.map((v: { id: string }) => v.id)).not.toContain(draft);
  });

  describe('bad input: 4xx problem naming the field, nothing written', () => {
    const cases: [string, Record<string, unknown>, number, string][] = [
      ['an unknown kind', { kind: 'slavery' }, 400, 'kind'],
      ['negative hours', { hoursMin: -4 }, 400, 'hoursMin'],
      ['hoursMin above hoursMax', { hoursMin: 30, hoursMax: 20 }, 400, 'hoursMin'],
      ['hours as text', { hoursMax: '20' }, 400, 'hoursMax'],
      ['an unknown skill id', { requiredSkills: [{ skillId: 'flying-unicorns', level: 2 }] }, 422, 'requiredSkills[0].skillId'],
      ['a skill level of 4', { niceToHaveSkills: [{ skillId: 'dusting', level: 4 }] }, 400, 'niceToHaveSkills[0].level'],
      ['a skill twice', { niceToHaveSkills: [{ skillId: 'office-cleaning', level: 1 }] }, 422, 'niceToHaveSkills[0].skillId'],
      ['an unknown occupation', { occupationId: '9999.9' }, 422, 'occupationId'],
      ['a malformed postcode', { location: { postcode: '12345', houseNumber: '1' } }, 400, 'location.postcode'],
      ['an unknown postcode area', { location: { postcode: '0999 AA', houseNumber: '1' } }, 400, 'location.postcode'],
      ['HTML in the description', { description: 'Hallo <script>alert(1)</script>' }, 400, 'description'],
      ['a script link in Markdown', { description: '[klik](javascript:alert(1))' }, 400, 'description'],
      ['a wage for a trial placement', { kind: 'trial-placement' }, 422, 'pay.type'],
      ['a salary for volunteering', { kind: 'volunteer' }, 422, 'pay.type'],
      ['a wage without an amount', { pay: { type: 'hourly-wage' } }, 422, 'pay.min'],
      ['a close date in the past', { closesOn: '2020-01-01' }, 422, 'closesOn'],
      ['a date that does not exist', { startDate: '2026-02-30' }, 400, 'startDate'],
      ['an unknown field', { salary: 1000000 }, 400, 'salary'],
      ['a status on create', { status: 'published' }, 400, 'status'],
      ['a title of 10 kB', { title: 'x'.repeat(10_000) }, 400, 'title'],
      ['SQL in the title', { title: "'); DROP TABLE vacancy; --", kind: "regular'; DROP TABLE vacancy; --" }, 400, 'kind'],
    ];
    it.each(cases)('refuses %s', async (_name, overrides, status, field) => {
      // Only this employer's vacancies: other test files post vacancies at the same time.
      const countOwn = async () => Number((await api.app.get(DataSource).query('SELECT count(*) FROM vacancy WHERE employer_id = $1', [employer.id]))[0].count);
      const before = await countOwn();
      const response = await api.http().post('/api/v1/vacancies').set(employer.auth).send(vacancyBody(overrides));
      expect(response.status).toBe(status);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(paramNames(response.body)).toContain(field);
      expect(await countOwn()).toBe(before);
    });

    it('refuses a bad change as a whole and keeps the vacancy as it was', async () => {
      const id = await postVacancy(api, employer.auth);
      const response = await patch(id, employer.auth, { title: 'Nieuwe titel', requiredSkills: [{ skillId: 'nope', level: 1 }], status: 'paused' });
      expect(response.status).toBe(422);
      const after = await get(id, employer.auth);
      expect(after.body).toMatchObject({ title: 'Schoonmaker kantoren', status: 'published' });
      expect((await patch(id, employer.auth, { title: null })).status).toBe(400);
      expect((await patch(id, employer.auth, { hoursMin: 40 })).status).toBe(400);
    });

    it('answers seekers posting vacancies with 403 and malformed ids with 400', async () => {
      expect((await api.http().post('/api/v1/vacancies').set(seeker).send(vacancyBody())).status).toBe(403);
      expect((await api.http().get('/api/v1/vacancies/not-a-uuid').set(seeker)).status).toBe(400);
      expect((await api.http().get('/api/v1/vacancies/00000000-0000-4000-8000-000000000000').set(seeker)).status).toBe(404);
    });
  });
});
