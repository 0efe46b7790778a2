import { DataSource } from 'typeorm';
import { createTestApp, signIn, TestApp, uniqueEmail } from '../../test/test-app';

const STRONG_PASSWORD = 'een-lang-en-sterk-wachtwoord';

describe('POST /api/v1/staff-accounts', () => {
  let api: TestApp;
  let admin: { Authorization: string };
  let caseworker: { Authorization: string };
  /** Accounts with this address: other test files register accounts at the same time. */
  let countUsers: (email: string) => Promise<number>;
  beforeAll(async () => {
    api = await createTestApp();
    admin = await signIn(api, 'demo.beheerder@meedoen.test');
    caseworker = await signIn(api, 'demo.regisseur@meedoen.test');
    const dataSource = api.app.get(DataSource);
    countUsers = async (email) => Number((await dataSource.query('SELECT count(*) FROM "user" WHERE email = lower($1)', [email]))[0].count);
  });
  afterAll(() => api.app.close());

  const newCaseworker = (overrides: Record<string, unknown> = {}) => ({
    role: 'caseworker',
    email: uniqueEmail('regisseur'),
    password: STRONG_PASSWORD,
    displayName: 'Joost Hendriksen',
    municipalityCode: 'GM0222',
    ...overrides,
  });

  it('lets an administrator create a caseworker for one municipality, who can then sign in', async () => {
    const body = newCaseworker();
    const response = await api.http().post('/api/v1/staff-accounts').set(admin).send(body);
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ role: 'caseworker', municipalityCode: 'GM0222' });
    const session = await api.http().post('/api/v1/sessions').send({ email: body.email, password: STRONG_PASSWORD });
    expect(session.status).toBe(201);
    const audit = await api.http().get('/api/v1/audit-events').query({ action: 'account.created', pageSize: 100 }).set(admin);
    expect(audit.body.items.some((event: { subjectId: string }) => event.subjectId === response.body.id)).toBe(true);
  });

  it.each([
    ['a caseworker', () => caseworker, 403],
    ['an anonymous visitor', () => ({}), 401],
  ])('refuses %s and writes nothing', async (_who, headers, status) => {
    const body = newCaseworker();
    const response = await api.http().post('/api/v1/staff-accounts').set(headers()).send(body);
    expect(response.status).toBe(status);
    expect(response.headers['content-type']).toMatch(/problem\+json/);
    expect(await countUsers(body.email)).toBe(0);
  });

  it.each([
    ['a self-registering role', { role: 'seeker' }, 'role'],
    ['a caseworker without municipality', { municipalityCode: undefined }, 'municipalityCode'],
    ['an administrator tied to a municipality', { role: 'administrator' }, 'municipalityCode'],
    ['an unknown municipality', { municipalityCode: 'GM9999' }, 'municipalityCode'],
    ['a weak password', { password: 'welkom123456' }, 'password'],
  ])('rejects %s, naming the field', async (_case, overrides, field) => {
    const body = newCaseworker(overrides);
    const response = await api.http().post('/api/v1/staff-accounts').set(admin).send(body);
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    expect(JSON.stringify(response.body)).toContain(field);
    expect(await countUsers(body.email)).toBe(0);
  });
});

describe('PUT /api/v1/users/me/password', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await createTestApp();
  });
  afterAll(() => api.app.close());

  it('changes the password and ends the other sessions, not this one', async () => {
    const email = uniqueEmail('seeker');
    await api.http().post('/api/v1/accounts').send({ role: 'seeker', email, password: STRONG_PASSWORD, displayName: 'Mila Jansen', municipalityCode: 'GM0294' });
    const current = await signIn(api, email, STRONG_PASSWORD);
    const other = await signIn(api, email, STRONG_PASSWORD);
    const newPassword = 'nog-een-veel-beter-wachtwoord';
    const response = await api.http().put('/api/v1/users/me/password').set(current).send({ currentPassword: STRONG_PASSWORD, newPassword });
    expect(response.status).toBe(204);
    expect((await api.http().get('/api/v1/users/me').set(current)).status).toBe(200);
    expect((await api.http().get('/api/v1/users/me').set(other)).status).toBe(401);
    expect((await api.http().post('/api/v1/sessions').send({ email, password: STRONG_PASSWORD })).status).toBe(401);
    expect((await api.http().post('/api/v1/sessions').send({ email, password: newPassword })).status).toBe(201);
  });

  it.each([
    ['a wrong current password', { currentPassword: 'dit-is-het-niet-hoor', newPassword: 'nog-een-veel-beter-wachtwoord' }, 'currentPassword'],
    ['a weak new password', { currentPassword: STRONG_PASSWORD, newPassword: 'kort' }, 'newPassword'],
    ['an unknown field', { currentPassword: STRONG_PASSWORD, newPassword: 'nog-een-veel-beter-wachtwoord', role: 'administrator' }, 'role'],
  ])('rejects %s with 400 naming the field, and keeps the old password', async (_case, body, field) => {
    const email = uniqueEmail('seeker');
    await api.http().post('/api/v1/accounts').send({ role: 'seeker', email, password: STRONG_PASSWORD, displayName: 'Mila Jansen', municipalityCode: 'GM0294' });
    const session = await signIn(api, email, STRONG_PASSWORD);
    const response = await api.http().put('/api/v1/users/me/password').set(session).send(body);
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.body)).toContain(field);
    expect((await api.http().post('/api/v1/sessions').send({ email, password: STRONG_PASSWORD })).status).toBe(201);
  });
});
