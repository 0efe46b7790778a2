import { getSkill } from '@meedoen/shared';
import { DataSource } from 'typeorm';
import { createTestApp, signIn, TestApp } from '../../test/test-app';
import { DEMO, registerResident } from '../../test/residents';

const WAALWIJK = 'GM0867';
const PERIOD = 'from=2019-01-01&to=2019-06-30';

/** Waalwijk in the first half of 2019: no demo data and no other test writes there. */
describe('reports', () => {
  let api: TestApp;
  let caseworker: { Authorization: string };
  let admin: { Authorization: string };
  let dataSource: DataSource;

  beforeAll(async () => {
    api = await createTestApp();
    dataSource = api.app.get(DataSource);
    caseworker = await signIn(api, 'regisseur.waalwijk@meedoen.test');
    admin = await signIn(api, DEMO.administrator);
    const employer = await signIn(api, DEMO.employer);
    const employerId = (await api.http().get('/api/v1/users/me').set(employer)).body.employerId;

    const intake = async (seekerId: string, completedOn: string) => {
      await api.http().put(`/api/v1/seekers/${seekerId}/intake`).set(caseworker).send({ status: 'final', segment: 1 }).expect(200);
      await dataSource.query(`UPDATE intake SET completed_at = ($2::date + time '10:00') AT TIME ZONE 'Europe/Amsterdam' WHERE seeker_id = $1`, [seekerId, completedOn]);
    };
    const place = async (seekerId: string, kind: string, startDate: string, hoursPerWeek: number) =>
      (await api.http().post('/api/v1/placements').set(caseworker).send({ seekerId, employerId, kind, startDate, hoursPerWeek }).expect(201)).body.id as string;
    const appointment = async (seekerId: string, startsAt: string, status: string) => {
      const soon = (hours: number) => new Date(Date.now() + hours * 3600_000).toISOString();
      const { id } = (await api.http().post('/api/v1/appointments').set(caseworker).send({ seekerId, startsAt: soon(24), endsAt: soon(25), mode: 'phone', purpose: 'Voortgang' }).expect(201)).body;
      await dataSource.query(`UPDATE appointment SET starts_at = $2, ends_at = $2::timestamptz + interval '1 hour' WHERE id = $1`, [id, startsAt]);
      await api.http().patch(`/api/v1/appointments/${id}`).set(caseworker).send({ status }).expect(200);
    };

    const [a, b, c, d] = await Promise.all(['A', 'B', 'C', 'D'].map((name) => registerResident(api, WAALWIJK, `Rapport ${name}`)));
    await intake(a.id, '2019-01-10');
    await intake(b.id, '2019-02-01');
    await intake(c.id, '2019-03-01');
    await intake(d.id, '2018-12-01');
    await place(a.id, 'regular', '2019-02-09', 24); // 30 days, outflow
    await place(b.id, 'regular', '2019-03-03', 8); // 30 days, too few hours for outflow
    await place(b.id, 'community-job', '2019-04-01', 20);
    const ended = await place(c.id, 'regular', '2019-05-31', 16); // 91 days, outflow, ends within six months
    await api.http().patch(`/api/v1/placements/${ended}`).set(caseworker).send({ endedOn: '2019-07-01', endReason: 'employer-ended' }).expect(200);
    await place(d.id, 'regular', '2019-01-31', 36); // 61 days, outflow
    const [{ id: vacancyId }] = await dataSource.query(`SELECT id FROM vacancy WHERE employer_id = $1 LIMIT 1`, [employerId]);
    await dataSource.query(`INSERT INTO proposal (vacancy_id, seeker_user_id, note, status, created_at) VALUES ($1, $2, 'x', 'accepted', '2019-01-20T10:00:00+01:00')`, [vacancyId, a.id]);
    await dataSource.query(
      `INSERT INTO application (vacancy_id, seeker_user_id, origin, created_at) VALUES ($1, $2, 'proposal', '2019-01-25T10:00:00+01:00'), ($1, $3, 'direct', '2019-02-25T10:00:00+01:00')`,
      [vacancyId, a.id, b.id],
    );
    await appointment(a.id, '2019-02-01T09:00:00+01:00', 'attended');
    await appointment(a.id, '2019-03-05T09:00:00+01:00', 'no-show');
    await appointment(a.id, '2019-03-20T09:00:00+01:00', 'no-show');
    await appointment(a.id, '2019-04-02T09:00:00+02:00', 'attended');
  });
  afterAll(() => api.app.close());

  it('reports outflow against the target with a linear forecast, and the other figures', async () => {
    const target = (await api.http().get('/api/v1/municipalities')).body.items.find((m: { code: string }) => m.code === WAALWIJK).yearlyOutflowTarget;
    const response = await api.http().get(`/api/v1/reports/outflow?${PERIOD}`).set(caseworker);
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      municipalityCode: WAALWIJK,
      from: '2019-01-01',
      to: '2019-06-30',
      outflow: {
        count: 3,
        byMonth: [
          { month: '2019-01', count: 1 }, { month: '2019-02', count: 1 }, { month: '2019-03', count: 0 },
          { month: '2019-04', count: 0 }, { month: '2019-05', count: 1 }, { month: '2019-06', count: 0 },
        ],
        year: 2019,
        yearlyTarget: target,
        yearSoFar: 3,
        forecast: 6,
        forecastShareOfTarget: Math.round((6 / target) * 1000) / 1000,
      },
      placementsByKind: {
        items: [
          { kind: 'regular', count: 4 }, { kind: 'work-experience', count: 0 }, { kind: 'trial-placement', count: 0 }, { kind: 'community-job', count: 1 },
          { kind: 'volunteer', count: 0 }, { kind: 'training', count: 0 }, { kind: 'day-activity', count: 0 },
        ],
        total: 5,
      },
      funnel: { intakes: 3, proposed: 1, applied: 2, placed: 4, measurableAfterSixMonths: 4, stillWorkingAfterSixMonths: 3 },
      timeToPlacement: { medianDays: 45.5, measured: 4 },
      noShows: {
        attended: 2, noShows: 2, noShowRate: 0.5,
        byMonth: [
          { month: '2019-01', attended: 0, noShows: 0, noShowRate: null }, { month: '2019-02', attended: 1, noShows: 0, noShowRate: 0 },
          { month: '2019-03', attended: 0, noShows: 2, noShowRate: 1 }, { month: '2019-04', attended: 1, noShows: 0, noShowRate: 0 },
          { month: '2019-05', attended: 0, noShows: 0, noShowRate: null }, { month: '2019-06', attended: 0, noShows: 0, noShowRate: null },
        ],
      },
    });
  });

  it('serves each report alone, as JSON or CSV', async () => {
    const funnel = await api.http().get(`/api/v1/reports/funnel?${PERIOD}`).set(caseworker);
    expect(funnel.body).toEqual({ municipalityCode: WAALWIJK, from: '2019-01-01', to: '2019-06-30', funnel: { intakes: 3, proposed: 1, applied: 2, placed: 4, measurableAfterSixMonths: 4, stillWorkingAfterSixMonths: 3 } });

    const csv = await api.http().get(`/api/v1/reports/outflow?${PERIOD}&format=csv`).set(caseworker);
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.headers['content-disposition']).toBe(`attachment; filename="uitstroom-${WAALWIJK}-2019-01-01-2019-06-30.csv"`);
    expect(csv.text.split('\r\n').slice(0, 3)).toEqual(['month,outflow,cumulative', '2019-01,1,1', '2019-02,1,2']);

    const expected: Record<string, string[]> = {
      'placements-by-kind': ['kind,placements', 'regular,4', 'work-experience,0'],
      funnel: ['stage,residents', 'intakes,3', 'proposed,1'],
      'time-to-placement': ['medianDays,measured', '45.5,4', ''],
      'no-shows': ['month,attended,noShows,noShowRate', '2019-01,0,0,', '2019-02,1,0,0'],
    };
    for (const [report, lines] of Object.entries(expected)) {
      const response = await api.http().get(`/api/v1/reports/${report}?${PERIOD}`).set(caseworker).set('Accept', 'text/csv');
      expect(response.headers['content-type']).toMatch(/^text\/csv/);
      expect(response.text.split('\r\n').slice(0, 3)).toEqual(lines);
    }
  });

  it("reports the skills most asked in the region's open vacancies and most missing among the residents, with labels and CSV", async () => {
    const response = await api.http().get('/api/v1/reports/skills').set(await signIn(api, DEMO.caseworker));
    expect(response.status).toBe(200);
    const { skills } = response.body;
    expect(skills).toMatchObject({ region: 'Achterhoek', vacancies: expect.any(Number), residents: expect.any(Number) });
    expect(skills.vacancies).toBeGreaterThan(0);
    expect(skills.mostAsked.length).toBeGreaterThan(0);
    const asked = skills.mostAsked.map((skill: { vacancies: number }) => skill.vacancies);
    expect(asked).toEqual([...asked].sort((a, b) => b - a));
    expect(skills.mostAsked[0].demandShare).toBeCloseTo(skills.mostAsked[0].vacancies / skills.vacancies, 2);
    const officeCleaning = skills.mostAsked.find((skill: { skillId: string }) => skill.skillId === 'office-cleaning');
    if (officeCleaning) expect(officeCleaning.label).toBe(getSkill('office-cleaning')!.labelNl);
    for (const missing of skills.mostMissing) {
      expect(missing.gap).toBeGreaterThan(0);
      expect(missing.gap).toBeCloseTo(missing.demandShare - missing.supplyShare, 2);
    }
    const gaps = skills.mostMissing.map((skill: { gap: number }) => skill.gap);
    expect(gaps).toEqual([...gaps].sort((a, b) => b - a));

    const waalwijk = await api.http().get('/api/v1/reports/skills').set(caseworker);
    expect(waalwijk.body.skills.region).not.toBe('Achterhoek');
    const csv = await api.http().get('/api/v1/reports/skills?format=csv').set(await signIn(api, DEMO.caseworker));
    expect(csv.headers['content-disposition']).toMatch(/^attachment; filename="vaardigheden-GM1509-/);
    const lines = csv.text.split('\r\n');
    expect(lines[0]).toBe('list,skillId,label,vacancies,demandShare,seekers,supplyShare,gap');
    expect(lines[1]).toMatch(/^most-asked,/);
    expect((await api.http().get('/api/v1/reports/skills').set(await signIn(api, DEMO.employer))).status).toBe(403);
  });

  it("fixes caseworkers to their own municipality; administrators choose one or all", async () => {
    const foreign = await api.http().get(`/api/v1/reports/outflow?${PERIOD}&municipalityCode=GM1509`).set(caseworker);
    expect(foreign.status).toBe(403);
    const oij = await api.http().get(`/api/v1/reports/outflow?${PERIOD}`).set(await signIn(api, DEMO.caseworker));
    expect(oij.body).toMatchObject({ municipalityCode: 'GM1509', outflow: { count: 0 } });

    const one = await api.http().get(`/api/v1/reports/outflow?${PERIOD}&municipalityCode=${WAALWIJK}`).set(admin);
    expect(one.body.outflow.count).toBe(3);
    const all = await api.http().get(`/api/v1/reports/outflow?${PERIOD}`).set(admin);
    expect(all.body.municipalityCode).toBeNull();
    expect(all.body.outflow.count).toBeGreaterThanOrEqual(3);
    expect(all.body.outflow.yearlyTarget).toBeGreaterThan(one.body.outflow.yearlyTarget);
    expect((await api.http().get(`/api/v1/reports/outflow?${PERIOD}&municipalityCode=GM9999`).set(admin)).status).toBe(404);

    for (const email of [DEMO.employer, DEMO.seeker]) {
      expect((await api.http().get('/api/v1/reports/outflow').set(await signIn(api, email))).status).toBe(403);
    }
  });

  it('answers malformed or reversed dates with 400 naming the field', async () => {
    for (const [query, field] of [
      ['from=2019-13-01', 'from'],
      ['to=30-06-2019', 'to'],
      ['from=2019-02-30', 'from'],
      ['from=2019-06-30&to=2019-01-01', 'to'],
      ['format=xlsx', 'format'],
    ]) {
      const response = await api.http().get(`/api/v1/reports/outflow?${query}`).set(caseworker);
      expect(response.status).toBe(400);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.body.invalidParams[0].name).toBe(field);
    }
    const thisYear = await api.http().get('/api/v1/reports/outflow').set(caseworker);
    expect(thisYear.status).toBe(200);
    expect(thisYear.body.from).toMatch(/^\d{4}-01-01$/);
  });
});
