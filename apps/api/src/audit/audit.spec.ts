import { DataSource } from 'typeorm';
import { DEMO, registerResident, signInWithId } from '../../test/residents';
import { createTestApp, signIn, TestApp } from '../../test/test-app';

describe('audit log', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await createTestApp();
  });
  afterAll(() => api.app.close());

  it('is readable by administrators only', async () => {
    const admin = await signIn(api, 'demo.beheerder@meedoen.test');
    const caseworker = await signIn(api, 'demo.regisseur@meedoen.test');
    expect((await api.http().get('/api/v1/audit-events').set(caseworker)).status).toBe(403);
    const response = await api.http().get('/api/v1/audit-events?pageSize=5').set(admin);
    expect(response.status).toBe(200);
    expect(response.body).toHaveProperty('total');
    expect((await api.http().get('/api/v1/audit-events?pageSize=500').set(admin)).status).toBe(400);
  });

  it('filters by actor, municipality and period', async () => {
    const admin = await signIn(api, 'demo.beheerder@meedoen.test');
    const caseworker = await signInWithId(api, DEMO.caseworker);
    const resident = await registerResident(api);
    const assigned = await api.http().put(`/api/v1/seekers/${resident.id}/caseworker`).set(caseworker.auth).send({ caseworkerId: caseworker.id });
    expect(assigned.status).toBe(200);
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
    const query = (params: Record<string, string>) => api.http().get(`/api/v1/audit-events?${new URLSearchParams({ pageSize: '100', ...params })}`).set(admin);

    const mine = await query({ actorUserId: caseworker.id, municipalityCode: 'GM1509', from: today, to: today, subjectId: resident.id });
    expect(mine.status).toBe(200);
    expect(mine.body.items.map((event: { action: string }) => event.action)).toContain('case.assigned');
    expect(mine.body.items.every((event: { actorUserId: string }) => event.actorUserId === caseworker.id)).toBe(true);
    expect((await query({ subjectId: resident.id, to: '2000-01-01' })).body.total).toBe(0);
    expect((await query({ subjectId: resident.id, municipalityCode: 'GM0200' })).body.total).toBe(0);
    expect((await query({ from: 'gisteren' })).status).toBe(400);
  });

  it('is append-only, also for direct SQL', async () => {
    const dataSource = api.app.get(DataSource);
    await dataSource.query(`INSERT INTO audit_event (action, subject_type, subject_id) VALUES ('test.append', 'test', 'x')`);
    await expect(dataSource.query(`UPDATE audit_event SET action = 'changed' WHERE action = 'test.append'`)).rejects.toThrow(/append-only/);
    await expect(dataSource.query(`DELETE FROM audit_event WHERE action = 'test.append'`)).rejects.toThrow(/append-only/);
  });
});
