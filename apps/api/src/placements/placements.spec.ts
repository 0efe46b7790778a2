import { DataSource } from 'typeorm';
import { amsterdamDate, addDays } from '../common/dates';
import { createTestApp, signIn, TestApp, uniqueEmail } from '../../test/test-app';
import { postVacancy } from '../../test/marketplace-fixtures';
import { auditOf, DEMO, registerResident, RESIDENT_PASSWORD, signInWithId } from '../../test/residents';

type CheckIn = { milestone: string; dueDate: string | null; completedAt: string | null; outcome: string | null; note?: string | null };

describe('placements', () => {
  let api: TestApp;
  let caseworker: { auth: { Authorization: string }; id: string };
  let employer: { Authorization: string };
  let employerId: string;
  let dataSource: DataSource;
  const today = amsterdamDate();

  beforeAll(async () => {
    api = await createTestApp();
    caseworker = await signInWithId(api, DEMO.caseworker);
    employer = await signIn(api, DEMO.employer);
    employerId = (await api.http().get('/api/v1/users/me').set(employer)).body.employerId;
    dataSource = api.app.get(DataSource);
  });
  afterAll(() => api.app.close());

  const create = (body: object, auth = caseworker.auth) => api.http().post('/api/v1/placements').set(auth).send(body);
  const patch = (id: string, body: object, auth = caseworker.auth) => api.http().patch(`/api/v1/placements/${id}`).set(auth).send(body);
  const checkIn = (id: string, body: object, auth = caseworker.auth) => api.http().post(`/api/v1/placements/${id}/check-ins`).set(auth).send(body);
  const placement = (seekerId: string, extra: object = {}) => ({ seekerId, employerId, kind: 'regular', startDate: addDays(today, -10), hoursPerWeek: 24, ...extra });

  it('records a placement with a check-in schedule; a regular job of enough hours counts as outflow', async () => {
    const resident = await registerResident(api, 'GM1509', 'Plaatsing Gestart');
    const response = await create(placement(resident.id, { wageCostSubsidy: true, jobCoach: true }));
    expect(response.status).toBe(201);
    const start = addDays(today, -10);
    expect(response.body).toMatchObject({
      seeker: { id: resident.id, name: 'Plaatsing Gestart' }, employer: { id: employerId }, kind: 'regular', status: 'active',
      startDate: start, hoursPerWeek: 24, wageCostSubsidy: true, jobCoach: true, countsAsOutflow: true, vacancyId: null,
      nextCheckIn: { milestone: 'week-1', dueDate: addDays(start, 7) },
    });
    expect(response.body.checkIns.map((c: CheckIn) => c.milestone)).toEqual(['week-1', 'month-1', 'month-3', 'month-6']);
    expect((await api.http().get(`/api/v1/seekers/${resident.id}/case-file`).set(caseworker.auth)).body.status).toBe('placed');
    const admin = await signIn(api, DEMO.administrator);
    expect((await auditOf(api, admin, resident.id, 'placement.created'))[0].details).toEqual({ placementId: response.body.id, kind: 'regular' });
  });

  it.each([
    ['regular', 8, false],
    ['regular', 12, true],
    ['community-job', 32, false],
    ['trial-placement', 32, false],
  ])('counts a %s placement of %i hours as outflow: %s', async (kind, hoursPerWeek, outflow) => {
    const resident = await registerResident(api);
    expect((await create(placement(resident.id, { kind, hoursPerWeek }))).body.countsAsOutflow).toBe(outflow);
  });

  it('takes the outflow threshold from the configuration', async () => {
    const lenient = await createTestApp({ OUTFLOW_MIN_HOURS_PER_WEEK: '8' });
    try {
      const auth = await signIn(lenient, DEMO.caseworker);
      const resident = await registerResident(lenient);
      const response = await lenient.http().post('/api/v1/placements').set(auth).send(placement(resident.id, { hoursPerWeek: 8 }));
      expect(response.body.countsAsOutflow).toBe(true);
    } finally {
      await lenient.app.close();
    }
  });

  it('lists placements with a check-in due, and records check-ins', async () => {
    const resident = await registerResident(api);
    const { id } = (await create(placement(resident.id, { plannedEndDate: addDays(today, 40) }))).body;
    const due = async () => (await api.http().get('/api/v1/placements?checkInDue=true&pageSize=100').set(caseworker.auth)).body.items.map((p: { id: string }) => p.id);
    expect(await due()).toContain(id);

    const recorded = await checkIn(id, { milestone: 'week-1', outcome: 'going-well', note: 'Gaat goed, op tijd aanwezig' });
    expect(recorded.status).toBe(201);
    expect(recorded.body.checkIns[0]).toMatchObject({ milestone: 'week-1', outcome: 'going-well', note: 'Gaat goed, op tijd aanwezig' });
    expect(recorded.body.checkIns.map((c: CheckIn) => c.milestone)).toEqual(['week-1', 'month-1']);
    expect(recorded.body.nextCheckIn.milestone).toBe('month-1');
    expect(await due()).not.toContain(id);

    expect((await checkIn(id, { milestone: 'week-1', outcome: 'going-well' })).status).toBe(409);
    const unscheduled = await checkIn(id, { milestone: 'month-6', outcome: 'going-well' });
    expect(unscheduled.status).toBe(422);
    expect(unscheduled.body.invalidParams[0].name).toBe('milestone');

    const extra = await checkIn(id, { outcome: 'at-risk', note: 'Conflict met leidinggevende' });
    expect(extra.body.checkIns.at(-1)).toMatchObject({ milestone: 'extra', dueDate: null, outcome: 'at-risk' });
    const actions = (await api.http().get(`/api/v1/seekers/${resident.id}/case-actions`).set(caseworker.auth)).body.items;
    expect(actions).toEqual([expect.objectContaining({ kind: 'check-in-follow-up', sourceId: id })]);
    expect((await api.http().get(`/api/v1/seekers/${resident.id}/case-file`).set(caseworker.auth)).body.lastContactAt).not.toBeNull();
  });

  it('ends a placement with a reason; no check-ins or changes after that (409, nothing written)', async () => {
    const resident = await registerResident(api);
    const { id } = (await create(placement(resident.id, { startDate: addDays(today, -40) }))).body;
    const noReason = await patch(id, { endedOn: today });
    expect(noReason.status).toBe(400);
    expect(noReason.body.invalidParams[0].name).toBe('endReason');
    const beforeStart = await patch(id, { endedOn: addDays(today, -41), endReason: 'completed' });
    expect(beforeStart.status).toBe(422);
    expect(beforeStart.body.invalidParams[0].name).toBe('endedOn');
    const future = await patch(id, { endedOn: addDays(today, 3), endReason: 'completed' });
    expect(future.status).toBe(422);

    const ended = await patch(id, { endedOn: addDays(today, -1), endReason: 'resident-stopped', endNote: 'Werk paste niet bij gezinssituatie' });
    expect(ended.status).toBe(200);
    expect(ended.body).toMatchObject({ status: 'ended', endReason: 'resident-stopped', endedOn: addDays(today, -1), nextCheckIn: null });
    expect(ended.body.checkIns.map((c: CheckIn) => c.milestone)).toEqual(['week-1', 'month-1']);
    expect((await api.http().get(`/api/v1/seekers/${resident.id}/case-file`).set(caseworker.auth)).body.status).toBe('active');

    const late = await checkIn(id, { milestone: 'week-1', outcome: 'going-well' });
    expect(late.status).toBe(409);
    expect(late.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(await dataSource.query(`SELECT 1 FROM placement_check_in WHERE placement_id = $1 AND completed_at IS NOT NULL`, [id])).toEqual([]);
    expect((await patch(id, { hoursPerWeek: 30 })).status).toBe(409);
  });

  it('refuses check-ins before the start (422)', async () => {
    const resident = await registerResident(api);
    const { id, status } = (await create(placement(resident.id, { startDate: addDays(today, 14) }))).body;
    expect(status).toBe('planned');
    expect((await checkIn(id, { milestone: 'week-1', outcome: 'going-well' })).status).toBe(422);
  });

  it('records a placement from a hired application, taking resident, employer, kind and vacancy from it', async () => {
    const resident = await registerResident(api, 'GM1509', 'Via Sollicitatie');
    const vacancyId = await postVacancy(api, employer, { kind: 'work-experience' });
    const { id: applicationId } = (await api.http().post('/api/v1/applications').set(resident.auth).send({ vacancyId })).body;
    const fromHire = { applicationId, startDate: addDays(today, -3), hoursPerWeek: 20 };
    const notYet = await create(fromHire);
    expect([notYet.status, notYet.body.invalidParams?.[0]?.name]).toEqual([422, 'applicationId']);
    for (const status of ['in-review', 'offered', 'hired']) await api.http().patch(`/api/v1/applications/${applicationId}`).set(employer).send({ status }).expect(200);

    const otherCaseworker = await create(fromHire, await signIn(api, DEMO.berkellandCaseworker));
    expect([otherCaseworker.status, otherCaseworker.body.invalidParams?.[0]?.name]).toEqual([422, 'applicationId']);
    const differs = await create({ ...fromHire, kind: 'regular' });
    expect([differs.status, differs.body.invalidParams?.[0]?.name]).toEqual([422, 'kind']);

    const response = await create(fromHire);
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ seeker: { id: resident.id }, employer: { id: employerId }, kind: 'work-experience', vacancyId, countsAsOutflow: false });
    const twice = await create(fromHire);
    expect([twice.status, twice.body.invalidParams?.[0]?.name]).toEqual([409, 'applicationId']);
  });

  it('refuses bad input with 4xx naming the field, and writes nothing', async () => {
    const resident = await registerResident(api);
    const cases: [object, number, string][] = [
      [{ startDate: '2026-02-30' }, 400, 'startDate'],
      [{ startDate: '01-03-2026' }, 400, 'startDate'],
      [{ kind: 'internship' }, 400, 'kind'],
      [{ hoursPerWeek: 0 }, 400, 'hoursPerWeek'],
      [{ hoursPerWeek: 12.5 }, 400, 'hoursPerWeek'],
      [{ plannedEndDate: addDays(today, -20) }, 422, 'plannedEndDate'],
      [{ employerId: '00000000-0000-4000-8000-000000000000' }, 422, 'employerId'],
      [{ vacancyId: '00000000-0000-4000-8000-000000000000' }, 422, 'vacancyId'],
      [{ seekerId: undefined }, 400, 'seekerId'],
      [{ applicationId: 'nope' }, 400, 'applicationId'],
      [{ applicationId: '00000000-0000-4000-8000-000000000000' }, 422, 'applicationId'],
      [{ salary: 2000 }, 400, 'salary'],
    ];
    for (const [change, status, field] of cases) {
      const response = await create(placement(resident.id, change));
      expect([response.status, response.body.invalidParams?.[0]?.name]).toEqual([status, field]);
    }
    const email = uniqueEmail('werkgever');
    const pending = await api.http().post('/api/v1/accounts').send({
      role: 'employer', email, password: RESIDENT_PASSWORD, displayName: 'Nieuw', organisation: { name: 'Nog Niet Geverifieerd', kvkNumber: '12345670', postcode: '7081 AB', houseNumber: '1' },
    });
    expect((await create(placement(resident.id, { employerId: pending.body.employerId }))).status).toBe(422);
    expect(await dataSource.query('SELECT 1 FROM placement WHERE seeker_id = $1', [resident.id])).toEqual([]);
  });

  it('shows a placement to its employer and resident without notes, and hides it from others', async () => {
    const resident = await registerResident(api, 'GM1509');
    const { id } = (await create(placement(resident.id))).body;
    await checkIn(id, { milestone: 'week-1', outcome: 'needs-attention', note: 'Moeite met vroege diensten' });

    const asEmployer = await api.http().get(`/api/v1/placements/${id}`).set(employer);
    expect(asEmployer.status).toBe(200);
    expect(asEmployer.body.checkIns[0]).not.toHaveProperty('note');
    expect(asEmployer.text).not.toContain('vroege diensten');
    expect((await api.http().get('/api/v1/placements?pageSize=100').set(employer)).body.items.every((p: { employer: { id: string } }) => p.employer.id === employerId)).toBe(true);
    const asResident = await api.http().get('/api/v1/placements').set(resident.auth);
    expect(asResident.body.items.map((p: { id: string }) => p.id)).toEqual([id]);

    const berkelland = await signIn(api, DEMO.berkellandCaseworker);
    expect((await api.http().get(`/api/v1/placements/${id}`).set(berkelland)).status).toBe(404);
    expect((await checkIn(id, { outcome: 'going-well' }, berkelland)).status).toBe(404);
    expect((await patch(id, { hoursPerWeek: 30 }, berkelland)).status).toBe(404);
    const other = await registerResident(api);
    expect((await api.http().get(`/api/v1/placements/${id}`).set(other.auth)).status).toBe(404);
    expect((await create(placement(resident.id), employer)).status).toBe(403);
    expect((await checkIn(id, { outcome: 'going-well' }, employer)).status).toBe(403);
    expect((await api.http().get('/api/v1/placements?kind=regular&status=active&pageSize=5').set(caseworker.auth)).status).toBe(200);
    expect((await api.http().get('/api/v1/placements?status=over').set(caseworker.auth)).status).toBe(400);
  });
});
