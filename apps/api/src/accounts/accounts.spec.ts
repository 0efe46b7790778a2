import { DataSource } from 'typeorm';
import { createTestApp, TestApp, uniqueEmail } from '../../test/test-app';

const STRONG_PASSWORD = 'een-lang-en-sterk-wachtwoord';

describe('POST /api/v1/accounts', () => {
  let api: TestApp;
  /** Accounts with this address: other test files register accounts at the same time. */
  let countUsers: (email: string) => Promise<number>;
  beforeAll(async () => {
    api = await createTestApp();
    const dataSource = api.app.get(DataSource);
    countUsers = async (email) => Number((await dataSource.query('SELECT count(*) FROM "user" WHERE email = lower($1)', [email]))[0].count);
  });
  afterAll(() => api.app.close());

  const seeker = (overrides: Record<string, unknown> = {}) => ({
    role: 'seeker',
    email: uniqueEmail('seeker'),
    password: STRONG_PASSWORD,
    displayName: 'Ayşe Yılmaz',
    municipalityCode: 'GM1509',
    ...overrides,
  });
  const employer = (overrides: Record<string, unknown> = {}) => ({
    role: 'employer',
    email: uniqueEmail('employer'),
    password: STRONG_PASSWORD,
    displayName: 'Henk Wolters',
    organisation: { name: 'Timmerwerk Wolters', kvkNumber: '87654321', postcode: '7071 AB', houseNumber: '12a' },
    ...overrides,
  });

  it('registers a seeker in a municipality, who can then sign in', async () => {
    const body = seeker();
    const response = await api.http().post('/api/v1/accounts').send(body);
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ role: 'seeker', email: body.email, municipalityCode: 'GM1509', employerId: null });
    expect(response.body).not.toHaveProperty('passwordHash');
    const session = await api.http().post('/api/v1/sessions').send({ email: body.email.toUpperCase(), password: STRONG_PASSWORD });
    expect(session.status).toBe(201);
  });

  it('registers an employer organisation that starts unverified, located from its postcode', async () => {
    const response = await api.http().post('/api/v1/accounts').send(employer());
    expect(response.status).toBe(201);
    expect(response.body.role).toBe('employer');
    expect(response.body.municipalityCode).toBe('GM1509');
    const token = (await api.http().post('/api/v1/sessions').send({ email: response.body.email, password: STRONG_PASSWORD })).body.token;
    const organisation = await api.http().get(`/api/v1/employers/${response.body.employerId}`).set('Authorization', `Bearer ${token}`);
    expect(organisation.body).toMatchObject({ verificationStatus: 'pending', kvkNumber: '87654321', postcode: '7071AB' });
  });

  it('answers a duplicate e-mail address with 409 and writes nothing', async () => {
    const body = seeker();
    expect((await api.http().post('/api/v1/accounts').send(body)).status).toBe(201);
    const response = await api.http().post('/api/v1/accounts').send({ ...body, email: body.email.toUpperCase() });
    expect(response.status).toBe(409);
    expect(response.headers['content-type']).toMatch(/problem\+json/);
    expect(await countUsers(body.email)).toBe(1);
  });

  it.each([
    ['an unknown field', seeker({ isAdmin: true }), 'isAdmin', 400],
    ['a wrong role', seeker({ role: 'caseworker' }), 'role', 400],
    ['an administrator role', seeker({ role: 'administrator' }), 'role', 400],
    ['a malformed e-mail', seeker({ email: 'not-an-email' }), 'email', 400],
    ['a wrong type', seeker({ displayName: 42 }), 'displayName', 400],
    ['a too long name', seeker({ displayName: 'x'.repeat(121) }), 'displayName', 400],
    ['a short password', seeker({ password: 'kort' }), 'password', 400],
    ['a common password', seeker({ password: 'welkom123456' }), 'password', 400],
    ['a missing municipality', seeker({ municipalityCode: undefined }), 'municipalityCode', 400],
    ['an unknown municipality', seeker({ municipalityCode: 'GM9999' }), 'municipalityCode', 422],
    ['an organisation for a seeker', seeker({ organisation: employer().organisation }), 'organisation', 400],
    ['a missing organisation', employer({ organisation: undefined }), 'organisation', 400],
    ['a KvK number of 7 digits', employer({ organisation: { ...employer().organisation, kvkNumber: '1234567' } }), 'organisation.kvkNumber', 400],
    ['a malformed postcode', employer({ organisation: { ...employer().organisation, postcode: '0123 AB' } }), 'organisation.postcode', 400],
    ['an unknown postcode area', employer({ organisation: { ...employer().organisation, postcode: '1099 ZZ' } }), 'organisation.postcode', 422],
    ['an unknown organisation field', employer({ organisation: { ...employer().organisation, iban: 'NL00' } }), 'organisation.iban', 400],
  ])('refuses %s, naming the field, and writes nothing', async (_case, body, field, status) => {
    const response = await api.http().post('/api/v1/accounts').send(body);
    expect(response.status).toBe(status);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body.invalidParams.map((param: { name: string }) => param.name)).toContain(field);
    expect(await countUsers(String(body.email))).toBe(0);
  });
});
