import { DataSource } from 'typeorm';
import { signIn, TestApp, createTestApp } from '../../test/test-app';
import { auditOf, DEMO, registerResident, signInWithId } from '../../test/residents';

type Item = { seekerId: string; municipalityCode: string; caseworker: { id: string } | null; status: string; openActions: number };

describe('caseload', () => {
  let api: TestApp;
  let caseworker: { auth: { Authorization: string }; id: string };
  let berkelland: { auth: { Authorization: string }; id: string };
  let admin: { Authorization: string };

  beforeAll(async () => {
    api = await createTestApp();
    caseworker = await signInWithId(api, DEMO.caseworker);
    berkelland = await signInWithId(api, DEMO.berkellandCaseworker);
    admin = await signIn(api, DEMO.administrator);
  });
  afterAll(() => api.app.close());

  const caseload = (query: string, auth = caseworker.auth) => api.http().get(`/api/v1/seekers?${query}`).set(auth);

  it("lists only the residents of the caseworker's own municipality, paginated", async () => {
    const page = await caseload('pageSize=10');
    expect(page.status).toBe(200);
    expect(page.body.items).toHaveLength(10);
    expect(page.body.total).toBeGreaterThan(10);
    expect(page.body.items.every((item: Item) => item.municipalityCode === 'GM1509')).toBe(true);
    const next = await caseload('pageSize=10&page=2');
    expect(next.body.items[0].seekerId).not.toBe(page.body.items[0].seekerId);
    const other = await caseload('pageSize=100', berkelland.auth);
    expect(other.body.items.every((item: Item) => item.municipalityCode === 'GM1859')).toBe(true);
  });

  it('is for caseworkers only', async () => {
    for (const email of [DEMO.seeker, DEMO.employer, DEMO.administrator]) {
      const response = await caseload('', await signIn(api, email));
      expect(response.status).toBe(403);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    }
  });

  it('finds a resident by name and shows a new resident as new and unassigned', async () => {
    const resident = await registerResident(api, 'GM1509', 'Wieteke Zoekbaar-Uniek');
    const found = await caseload('q=zoekbaar-uniek');
    expect(found.body.items).toEqual([
      expect.objectContaining({ seekerId: resident.id, displayName: 'Wieteke Zoekbaar-Uniek', status: 'new', caseworker: null, segment: null, openActions: 0 }),
    ]);
    expect((await caseload('q=zoekbaar-uniek', berkelland.auth)).body.items).toEqual([]);
    expect((await caseload('q=%25')).body.total).toBe(0);
  });

  it('assigns and transfers a resident within the municipality, audited', async () => {
    const resident = await registerResident(api, 'GM1509', 'Toewijs Test');
    const colleagueEmail = `collega.${Date.now()}@meedoen.test`;
    const created = await api.http().post('/api/v1/staff-accounts').set(admin).send({
      role: 'caseworker', email: colleagueEmail, password: 'een-lang-en-sterk-wachtwoord', displayName: 'Collega Regisseur', municipalityCode: 'GM1509',
    });
    expect(created.status).toBe(201);

    const assigned = await api.http().put(`/api/v1/seekers/${resident.id}/caseworker`).set(caseworker.auth).send({ caseworkerId: caseworker.id });
    expect(assigned.status).toBe(200);
    expect(assigned.body.caseworker).toEqual({ id: caseworker.id, displayName: 'Fatima El Amrani' });
    expect((await caseload('assignedToMe=true&pageSize=100')).body.items.map((item: Item) => item.seekerId)).toContain(resident.id);

    const transferred = await api.http().put(`/api/v1/seekers/${resident.id}/caseworker`).set(caseworker.auth).send({ caseworkerId: created.body.id });
    expect(transferred.body.caseworker.id).toBe(created.body.id);
    expect((await caseload('assignedToMe=true&pageSize=100')).body.items.map((item: Item) => item.seekerId)).not.toContain(resident.id);

    const events = await auditOf(api, admin, resident.id, 'case.assigned');
    expect(events.map((event) => event.details)).toEqual([
      { fromCaseworkerId: caseworker.id, toCaseworkerId: created.body.id },
      { fromCaseworkerId: null, toCaseworkerId: caseworker.id },
    ]);
  });

  it('refuses a caseworker of another municipality as the new caseworker (422, nothing written)', async () => {
    const resident = await registerResident(api);
    const response = await api.http().put(`/api/v1/seekers/${resident.id}/caseworker`).set(caseworker.auth).send({ caseworkerId: berkelland.id });
    expect(response.status).toBe(422);
    expect(response.body.invalidParams[0].name).toBe('caseworkerId');
    const rows = await api.app.get(DataSource).query('SELECT * FROM case_file WHERE seeker_id = $1', [resident.id]);
    expect(rows).toEqual([]);
    expect(await auditOf(api, admin, resident.id, 'case.assigned')).toEqual([]);
  });

  it("hides an Oude IJsselstreek resident from a Berkelland caseworker (404)", async () => {
    const resident = await registerResident(api, 'GM1509');
    expect((await api.http().get(`/api/v1/seekers/${resident.id}/case-file`).set(berkelland.auth)).status).toBe(404);
    const transfer = await api.http().put(`/api/v1/seekers/${resident.id}/caseworker`).set(berkelland.auth).send({ caseworkerId: berkelland.id });
    expect(transfer.status).toBe(404);
    expect((await api.http().get(`/api/v1/seekers/${resident.id}/case-actions`).set(berkelland.auth)).status).toBe(404);
  });

  it('keeps follow-up actions and filters on open actions', async () => {
    const resident = await registerResident(api, 'GM1509', 'Actie Houder');
    const action = await api.http().post(`/api/v1/seekers/${resident.id}/case-actions`).set(caseworker.auth).send({ description: 'Bellen over de aanmelding', dueDate: '2026-12-01' });
    expect(action.status).toBe(201);
    expect(action.body).toMatchObject({ kind: 'task', dueDate: '2026-12-01', doneAt: null });
    const open = await caseload('hasOpenActions=true&q=Actie%20Houder');
    expect(open.body.items).toEqual([expect.objectContaining({ seekerId: resident.id, openActions: 1 })]);

    const done = await api.http().patch(`/api/v1/seekers/${resident.id}/case-actions/${action.body.id}`).set(caseworker.auth).send({ done: true });
    expect(done.status).toBe(200);
    expect(done.body.doneAt).not.toBeNull();
    expect((await api.http().patch(`/api/v1/seekers/${resident.id}/case-actions/${action.body.id}`).set(caseworker.auth).send({ done: true })).status).toBe(409);
    expect((await caseload('hasOpenActions=false&q=Actie%20Houder')).body.items).toHaveLength(1);
    const list = await api.http().get(`/api/v1/seekers/${resident.id}/case-actions`).set(caseworker.auth);
    expect(list.body.total).toBe(1);
  });

  it('answers bad filters with 400 naming the field', async () => {
    for (const [query, field] of [
      ['lastContactBefore=2026-13-01', 'lastContactBefore'],
      ['lastContactAfter=gisteren', 'lastContactAfter'],
      ['segment=4', 'segment'],
      ['status=busy', 'status'],
      ['hasOpenActions=maybe', 'hasOpenActions'],
      ['sort=name', 'sort'],
    ]) {
      const response = await caseload(query);
      expect(response.status).toBe(400);
      expect(response.body.invalidParams.map((param: { name: string }) => param.name)).toEqual([field]);
    }
    expect((await caseload('lastContactBefore=2026-01-01&lastContactAfter=2020-01-01')).status).toBe(200);
    const bad = await api.http().post(`/api/v1/seekers/${caseworker.id}/case-actions`).set(caseworker.auth).send({ description: 'x', dueDate: '01-12-2026' });
    expect(bad.status).toBe(400);
  });
});
