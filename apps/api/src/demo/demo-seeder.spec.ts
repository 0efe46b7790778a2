import { DataSource } from 'typeorm';
import { createTestApp, TestApp } from '../../test/test-app';
import { DEMO_RESIDENTS } from './demo-seeder';
import { SeededRandom } from './seeded-random';

describe('demo region', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await createTestApp();
  });
  afterAll(() => api.app.close());

  it('holds residents across the municipalities, employers (some awaiting verification) and the demo accounts', async () => {
    const dataSource = api.app.get(DataSource);
    const count = async (sql: string) => Number((await dataSource.query(sql))[0].count);
    expect(await count(`SELECT count(*) FROM "user" WHERE email LIKE 'inwoner%@meedoen.test'`)).toBe(DEMO_RESIDENTS);
    expect(await count(`SELECT count(DISTINCT municipality_code) FROM "user" WHERE email LIKE 'inwoner%'`)).toBe(14);
    expect(await count(`SELECT count(*) FROM employer WHERE verification_status = 'pending'`)).toBeGreaterThan(0);
    expect(await count(`SELECT count(*) FROM "user" WHERE email LIKE 'demo.%@meedoen.test'`)).toBe(4);
    expect(await count(`SELECT count(*) FROM "user" WHERE role = 'caseworker'`)).toBeGreaterThanOrEqual(14);
  });

  it('is generated deterministically', () => {
    const draw = (seed: number) => {
      const random = new SeededRandom(seed);
      return Array.from({ length: 5 }, () => random.int(0, 1000));
    };
    expect(draw(42)).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
  });
});
