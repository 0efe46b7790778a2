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

  it('holds vacancies of every kind, profiles for the residents, and applications and invitations in various states', async () => {
    const dataSource = api.app.get(DataSource);
    const count = async (sql: string) => Number((await dataSource.query(sql))[0].count);
    expect(await count(`SELECT count(*) FROM vacancy`)).toBeGreaterThanOrEqual(60);
    expect(await count(`SELECT count(DISTINCT kind) FROM vacancy WHERE status = 'published'`)).toBe(7);
    expect(await count(`SELECT count(DISTINCT status) FROM vacancy`)).toBe(5);
    // Every published demo vacancy can be found (only demo employers: other test files publish at the same time).
    expect(await count(`SELECT count(*) FROM vacancy v JOIN employer e ON e.id = v.employer_id
                         WHERE e.contact_email LIKE 'contact%@werkgever.meedoen.test' AND v.status = 'published'
                           AND NOT EXISTS (SELECT 1 FROM vacancy_search_document d WHERE d.vacancy_id = v.id)`)).toBe(0);
    expect(await count(`SELECT count(*) FROM seeker_profile`)).toBeGreaterThanOrEqual(DEMO_RESIDENTS);
    expect(await count(`SELECT count(*) FROM seeker_profile WHERE visibility = 'employers-anonymous'`)).toBeGreaterThan(DEMO_RESIDENTS / 2);
    expect(await count(`SELECT count(DISTINCT a.status) FROM application a JOIN vacancy v ON v.id = a.vacancy_id JOIN "user" u ON u.employer_id = v.employer_id WHERE u.email = 'demo.werkgever@meedoen.test'`)).toBe(7);
    expect(await count(`SELECT count(DISTINCT status) FROM invitation`)).toBe(3);
    expect(await count(`SELECT count(*) FROM application a JOIN "user" u ON u.id = a.seeker_user_id WHERE u.email = 'demo.werkzoekende@meedoen.test'`)).toBeGreaterThanOrEqual(2);
    expect(await count(`SELECT count(*) FROM application_event`)).toBeGreaterThan(await count(`SELECT count(*) FROM application`));
  });

  it('gives the demo seeker a full profile and lets the demo employer find published vacancies', async () => {
    const { signIn } = await import('../../test/test-app');
    const seeker = await signIn(api, 'demo.werkzoekende@meedoen.test');
    const profile = await api.http().get('/api/v1/seekers/me').set(seeker);
    expect(profile.body).toMatchObject({ visibility: 'employers-anonymous', hoursMin: 16, dutchLevel: 'B1' });
    expect(profile.body.skills.length).toBeGreaterThanOrEqual(4);
    const search = await api.http().get('/api/v1/vacancies?q=schoonmaker').set(seeker);
    expect(search.body.total).toBeGreaterThan(0);
    expect((await api.http().get('/api/v1/invitations').set(seeker)).body.total).toBeGreaterThanOrEqual(1);
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
