import { DataSource } from 'typeorm';
import { createTestApp, signIn, TestApp } from '../../test/test-app';
import { auditOf, DEMO, registerResident, signInWithId } from '../../test/residents';

const SECRET = 'Schuld bij de Belastingdienst 4711-UNIEK';

const finalIntake = {
  status: 'final',
  segment: 2,
  supportNeeds: [
    { area: 'debts', description: SECRET, referral: 'schuldhulpverlening', referralStatus: 'referred' },
    { area: 'childcare', referralStatus: 'to-refer' },
  ],
  actionPlan: [
    { description: 'Aanmelden bij schuldhulpverlening', dueDate: '2026-12-01', done: true },
    { description: 'Kinderopvang regelen', dueDate: '2027-01-15', done: false },
  ],
  notes: 'Wil graag in de zorg werken.',
};

describe('intakes', () => {
  let api: TestApp;
  let caseworker: { auth: { Authorization: string }; id: string };
  let admin: { Authorization: string };

  beforeAll(async () => {
    api = await createTestApp();
    caseworker = await signInWithId(api, DEMO.caseworker);
    admin = await signIn(api, DEMO.administrator);
  });
  afterAll(() => api.app.close());

  const put = (seekerId: string, body: object, auth = caseworker.auth, query = '') => api.http().put(`/api/v1/seekers/${seekerId}/intake${query}`).set(auth).send(body);
  const get = (seekerId: string, auth = caseworker.auth, query = '?purpose=voorbereiding%20gesprek') => api.http().get(`/api/v1/seekers/${seekerId}/intake${query}`).set(auth);

  it('records a draft, then the final intake, and reads it back; the case moves on', async () => {
    const resident = await registerResident(api);
    const draft = await put(resident.id, { status: 'draft', notes: 'Eerste gesprek, nog niet af' });
    expect(draft.status).toBe(200);
    expect(draft.body).toMatchObject({ status: 'draft', segment: null, supportNeeds: [], actionPlan: [], completedAt: null });
    expect((await api.http().get(`/api/v1/seekers/${resident.id}/case-file`).set(caseworker.auth)).body.status).toBe('intake');

    const final = await put(resident.id, finalIntake);
    expect(final.status).toBe(200);
    expect(final.body.completedAt).not.toBeNull();
    const read = await get(resident.id);
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({
      seekerId: resident.id,
      status: 'final',
      segment: 2,
      supportNeeds: [
        { area: 'debts', description: SECRET, referral: 'schuldhulpverlening', referralStatus: 'referred' },
        { area: 'childcare', description: '', referral: null, referralStatus: 'to-refer' },
      ],
      actionPlan: finalIntake.actionPlan,
      notes: finalIntake.notes,
      updatedByUserId: caseworker.id,
    });
    const caseFile = (await api.http().get(`/api/v1/seekers/${resident.id}/case-file`).set(caseworker.auth)).body;
    expect(caseFile).toMatchObject({ status: 'active', segment: 2, openActions: 1 });
    expect(caseFile.lastContactAt).not.toBeNull();
  });

  it('stores the sensitive fields only encrypted', async () => {
    const resident = await registerResident(api);
    await put(resident.id, finalIntake);
    const [row] = await api.app.get(DataSource).query('SELECT row_to_json(intake)::text AS everything, sealed_content FROM intake WHERE seeker_id = $1', [resident.id]);
    expect(row.everything).not.toContain('4711-UNIEK');
    expect(row.everything).not.toContain('schuldhulpverlening');
    expect(row.everything).not.toContain('zorg');
    expect((row.sealed_content as Buffer).toString('latin1')).not.toContain('4711-UNIEK');
    expect((row.sealed_content as Buffer).length).toBeGreaterThan(1 + 12 + 16);
  });

  it('writes every read and write to the audit log with who, which resident and why', async () => {
    const resident = await registerResident(api);
    await put(resident.id, { status: 'draft' }, caseworker.auth, '?purpose=eerste%20gesprek');
    await put(resident.id, finalIntake);
    await get(resident.id, caseworker.auth, '?purpose=voorbereiding%20plaatsing');
    const events = await auditOf(api, admin, resident.id);
    expect(events.map(({ action, actorUserId, purpose, municipalityCode }) => ({ action, actorUserId, purpose, municipalityCode }))).toEqual([
      { action: 'intake.read', actorUserId: caseworker.id, purpose: 'voorbereiding plaatsing', municipalityCode: 'GM1509' },
      { action: 'intake.recorded', actorUserId: caseworker.id, purpose: 'intake vastleggen', municipalityCode: 'GM1509' },
      { action: 'intake.recorded', actorUserId: caseworker.id, purpose: 'eerste gesprek', municipalityCode: 'GM1509' },
    ]);
    expect(JSON.stringify(events)).not.toContain('4711-UNIEK');
  });

  it('requires a purpose to read (400, nothing audited)', async () => {
    const resident = await registerResident(api);
    await put(resident.id, finalIntake);
    for (const query of ['', '?purpose=', '?purpose=x']) {
      const response = await get(resident.id, caseworker.auth, query);
      expect(response.status).toBe(400);
      expect(response.body.invalidParams[0].name).toBe('purpose');
    }
    expect(await auditOf(api, admin, resident.id, 'intake.read')).toEqual([]);
  });

  it('hides the intake from a caseworker of another municipality (404) and from everyone else (403)', async () => {
    const resident = await registerResident(api, 'GM1509');
    await put(resident.id, finalIntake);
    const berkelland = await signIn(api, DEMO.berkellandCaseworker);
    expect((await get(resident.id, berkelland)).status).toBe(404);
    expect((await put(resident.id, finalIntake, berkelland)).status).toBe(404);
    for (const auth of [await signIn(api, DEMO.employer), await signIn(api, DEMO.administrator), resident.auth]) {
      const read = await get(resident.id, auth);
      expect(read.status).toBe(403);
      expect(read.text).not.toContain('4711-UNIEK');
      expect((await put(resident.id, finalIntake, auth)).status).toBe(403);
    }
    expect((await auditOf(api, admin, resident.id, 'intake.read'))).toEqual([]);
  });

  it('refuses bad input with 400 naming the field, and writes nothing', async () => {
    const resident = await registerResident(api);
    const cases: [object, string][] = [
      [{ ...finalIntake, segment: undefined }, 'segment'],
      [{ ...finalIntake, segment: 4 }, 'segment'],
      [{ ...finalIntake, status: 'done' }, 'status'],
      [{ ...finalIntake, supportNeeds: [{ area: 'gambling', referralStatus: 'none' }] }, 'supportNeeds[0].area'],
      [{ ...finalIntake, supportNeeds: [{ area: 'debts', referralStatus: 'none' }, { area: 'debts', referralStatus: 'referred' }] }, 'supportNeeds'],
      [{ ...finalIntake, actionPlan: [{ description: 'Bellen', dueDate: '2026-02-30', done: false }] }, 'actionPlan[0].dueDate'],
      [{ ...finalIntake, actionPlan: [{ description: 'Bellen', dueDate: '1-3-2026', done: false }] }, 'actionPlan[0].dueDate'],
      [{ ...finalIntake, diagnosis: 'x' }, 'diagnosis'],
    ];
    for (const [body, field] of cases) {
      const response = await put(resident.id, body);
      expect(response.status).toBe(400);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.body.invalidParams.map((param: { name: string }) => param.name)).toContain(field);
    }
    expect(await api.app.get(DataSource).query('SELECT 1 FROM intake WHERE seeker_id = $1', [resident.id])).toEqual([]);
    expect(await auditOf(api, admin, resident.id)).toEqual([]);
  });

  it('keeps a final intake final (409) and answers a resident without intake with 404', async () => {
    const resident = await registerResident(api);
    expect((await get(resident.id)).status).toBe(404);
    await put(resident.id, finalIntake);
    const back = await put(resident.id, { status: 'draft' });
    expect(back.status).toBe(409);
    expect((await get(resident.id)).body.status).toBe('final');
  });
});
