import { DataSource } from 'typeorm';
import { createTestApp, signIn, TestApp } from '../../test/test-app';
import { DEMO } from '../../test/residents';
import { PLACEMENT_KINDS } from '../placements/placement.entity';

describe('demo casework', () => {
  let api: TestApp;
  let dataSource: DataSource;
  beforeAll(async () => {
    api = await createTestApp();
    dataSource = api.app.get(DataSource);
  });
  afterAll(() => api.app.close());

  const demoRows = (sql: string) => dataSource.query(sql);

  it('gives every demo resident a case file and most an intake, segments spread', async () => {
    const segments: { segment: number; count: string }[] = await demoRows(
      `SELECT i.segment, count(*) FROM intake i JOIN "user" u ON u.id = i.seeker_id WHERE u.is_demo GROUP BY i.segment ORDER BY i.segment`,
    );
    expect(segments.map((row) => row.segment)).toEqual([1, 2, 3]);
    expect(segments.reduce((sum, row) => sum + Number(row.count), 0)).toBeGreaterThan(150);
    const [{ missing }] = await demoRows(`SELECT count(*)::int AS missing FROM "user" u WHERE u.is_demo AND u.role = 'seeker' AND NOT EXISTS (SELECT 1 FROM case_file c WHERE c.seeker_id = u.id)`);
    expect(missing).toBe(0);
  });

  it('holds proposals by the demo caseworker in every state, one awaiting the demo seeker and an accepted one in the pipeline', async () => {
    const statuses: { status: string }[] = await demoRows(
      `SELECT DISTINCT pr.status FROM proposal pr JOIN "user" c ON c.id = pr.proposed_by_user_id WHERE c.email = '${DEMO.caseworker}'`,
    );
    expect(statuses.map((row) => row.status).sort()).toEqual(['accepted', 'awaiting-consent', 'awaiting-employer', 'declined-by-employer', 'declined-by-seeker']);
    const seeker = await signIn(api, DEMO.seeker);
    expect((await api.http().get('/api/v1/proposals?status=awaiting-consent').set(seeker)).body.total).toBe(1);
    const employer = (await api.http().get('/api/v1/proposals').set(await signIn(api, DEMO.employer))).body;
    expect(employer.items.map((item: { status: string }) => item.status)).not.toContain('awaiting-consent');
    const accepted = employer.items.find((item: { status: string }) => item.status === 'accepted');
    const application = await api.http().get(`/api/v1/applications/${accepted.applicationId}`).set(await signIn(api, DEMO.employer));
    expect(application.body).toMatchObject({ origin: 'proposal', seeker: { id: accepted.seeker.id } });
  });

  it('holds 50+ placements of every kind over the last 18 months, with aftercare, and appointments with no-shows', async () => {
    const placements: { kind: string; months: number; count: number }[] = await demoRows(
      `SELECT p.kind, count(DISTINCT to_char(p.start_date, 'YYYY-MM'))::int AS months, count(*)::int AS count
       FROM placement p JOIN "user" u ON u.id = p.seeker_id WHERE u.is_demo GROUP BY p.kind`,
    );
    expect(placements.map((row) => row.kind).sort()).toEqual([...PLACEMENT_KINDS].sort());
    expect(placements.reduce((sum, row) => sum + row.count, 0)).toBeGreaterThanOrEqual(50);
    const [{ months }] = await demoRows(`SELECT count(DISTINCT to_char(start_date, 'YYYY-MM'))::int AS months FROM placement p JOIN "user" u ON u.id = p.seeker_id WHERE u.is_demo`);
    expect(months).toBeGreaterThanOrEqual(15);
    const [{ done, ended }] = await demoRows(
      `SELECT (SELECT count(*)::int FROM placement_check_in WHERE completed_at IS NOT NULL) AS done, (SELECT count(*)::int FROM placement WHERE end_reason IS NOT NULL) AS ended`,
    );
    expect(done).toBeGreaterThan(50);
    expect(ended).toBeGreaterThan(5);
    const statuses: { status: string }[] = await demoRows(`SELECT DISTINCT a.status FROM appointment a JOIN "user" u ON u.id = a.seeker_id WHERE u.is_demo`);
    expect(statuses.map((row) => row.status).sort()).toEqual(['attended', 'cancelled', 'confirmed', 'no-show', 'planned']);
    const [{ followUps }] = await demoRows(`SELECT count(*)::int AS "followUps" FROM case_action WHERE kind = 'no-show-follow-up'`);
    expect(followUps).toBeGreaterThan(10);
  });

  it("shows the demo caseworker a real caseload, the demo resident's encrypted intake, and reports with shape", async () => {
    const caseworker = await signIn(api, DEMO.caseworker);
    const mine = await api.http().get('/api/v1/seekers?assignedToMe=true&pageSize=100').set(caseworker);
    expect(mine.body.total).toBeGreaterThan(20);
    const sanne = mine.body.items.find((item: { displayName: string }) => item.displayName === 'Sanne de Vries');
    expect(sanne).toMatchObject({ segment: 2, status: 'active' });
    const intake = await api.http().get(`/api/v1/seekers/${sanne.seekerId}/intake?purpose=demo%20bekijken`).set(caseworker);
    expect(intake.status).toBe(200);
    expect(intake.body.actionPlan.length).toBeGreaterThan(0);

    const seeker = await signIn(api, DEMO.seeker);
    const upcoming = await api.http().get('/api/v1/appointments?status=planned').set(seeker);
    expect(upcoming.body.total).toBeGreaterThan(0);

    const today = new Date().toISOString().slice(0, 10);
    const yearAgo = new Date(Date.now() - 548 * 86_400_000).toISOString().slice(0, 10);
    const report = await api.http().get(`/api/v1/reports/outflow?from=${yearAgo}&to=${today}`).set(await signIn(api, DEMO.administrator));
    expect(report.body.outflow.count).toBeGreaterThan(5);
    expect(report.body.funnel.placed).toBeGreaterThan(30);
    expect(report.body.timeToPlacement.medianDays).toBeGreaterThan(0);
    expect(report.body.noShows.noShowRate).toBeGreaterThan(0);
    expect(report.body.noShows.noShowRate).toBeLessThan(0.5);
  });
});
