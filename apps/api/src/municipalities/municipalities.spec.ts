import { createTestApp, signIn, TestApp } from '../../test/test-app';

describe('municipalities', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await createTestApp();
  });
  afterAll(() => api.app.close());

  it('lists the 14 participating municipalities with CBS codes and targets, without signing in', async () => {
    const response = await api.http().get('/api/v1/municipalities');
    expect(response.status).toBe(200);
    expect(response.body.items).toHaveLength(14);
    const codes = response.body.items.map((m: { code: string }) => m.code);
    expect(codes).toEqual(expect.arrayContaining(['GM0197', 'GM1859', 'GM1876', 'GM0222', 'GM0262', 'GM1955', 'GM1586', 'GM1509', 'GM0294', 'GM0772', 'GM0518', 'GM0599', 'GM0153', 'GM0867']));
    const oij = response.body.items.find((m: { code: string }) => m.code === 'GM1509');
    expect(oij).toMatchObject({ name: 'Oude IJsselstreek', region: 'Achterhoek' });
    expect(oij.yearlyOutflowTarget).toBeGreaterThan(0);
  });

  it("lets only an administrator set a municipality's yearly target", async () => {
    const admin = await signIn(api, 'demo.beheerder@meedoen.test');
    const caseworker = await signIn(api, 'demo.regisseur@meedoen.test');
    expect((await api.http().patch('/api/v1/municipalities/GM0772').set(caseworker).send({ yearlyOutflowTarget: 1 })).status).toBe(403);
    expect((await api.http().patch('/api/v1/municipalities/GM0772').set(admin).send({ yearlyOutflowTarget: -5 })).status).toBe(400);
    expect((await api.http().patch('/api/v1/municipalities/GM9999').set(admin).send({ yearlyOutflowTarget: 5 })).status).toBe(404);
    const updated = await api.http().patch('/api/v1/municipalities/GM0772').set(admin).send({ yearlyOutflowTarget: 800 });
    expect(updated.status).toBe(200);
    expect(updated.body.yearlyOutflowTarget).toBe(800);
  });
});
