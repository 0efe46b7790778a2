import { DataSource } from 'typeorm';
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

  it('is append-only, also for direct SQL', async () => {
    const dataSource = api.app.get(DataSource);
    await dataSource.query(`INSERT INTO audit_event (action, subject_type, subject_id) VALUES ('test.append', 'test', 'x')`);
    await expect(dataSource.query(`UPDATE audit_event SET action = 'changed' WHERE action = 'test.append'`)).rejects.toThrow(/append-only/);
    await expect(dataSource.query(`DELETE FROM audit_event WHERE action = 'test.append'`)).rejects.toThrow(/append-only/);
  });
});
