import { createTestApp, DEMO_PASSWORD, TestApp, uniqueEmail } from '../../test/test-app';

describe('sessions', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await createTestApp({ LOGIN_MAX_ATTEMPTS_PER_MINUTE: '5' });
  });
  afterAll(() => api.app.close());

  it('signs in the demo seeker with an HttpOnly SameSite=Lax cookie, usable for /users/me', async () => {
    const response = await api.http().post('/api/v1/sessions').send({ email: 'demo.werkzoekende@meedoen.test', password: DEMO_PASSWORD });
    expect(response.status).toBe(201);
    expect(response.body.user).toMatchObject({ role: 'seeker', municipalityCode: 'GM1509' });
    expect(response.body.expiresAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);
    const cookie = response.headers['set-cookie'][0];
    expect(cookie).toMatch(/^meedoen_session=/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
    const me = await api.http().get('/api/v1/users/me').set('Cookie', cookie.split(';')[0]);
    expect(me.status).toBe(200);
    expect(me.body.email).toBe('demo.werkzoekende@meedoen.test');
  });

  it.each([
    ['demo.werkgever@meedoen.test', 'employer'],
    ['demo.regisseur@meedoen.test', 'caseworker'],
    ['demo.beheerder@meedoen.test', 'administrator'],
  ])('signs in %s as %s', async (email, role) => {
    const response = await api.http().post('/api/v1/sessions').send({ email, password: DEMO_PASSWORD });
    expect(response.status).toBe(201);
    expect(response.body.user.role).toBe(role);
  });

  it('gives a wrong password and an unknown address the same 401 answer', async () => {
    const wrong = await api.http().post('/api/v1/sessions').send({ email: 'demo.regisseur@meedoen.test', password: 'verkeerd-wachtwoord' });
    const unknown = await api.http().post('/api/v1/sessions').send({ email: uniqueEmail('nobody'), password: 'verkeerd-wachtwoord' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body.detail).toBe(unknown.body.detail);
    expect(wrong.headers['content-type']).toMatch(/problem\+json/);
  });

  it('refuses a demo resident account without a password', async () => {
    const response = await api.http().post('/api/v1/sessions').send({ email: 'inwoner001@meedoen.test', password: '' });
    expect(response.status).toBe(401);
  });

  it('ends a session on sign-out: the token no longer works', async () => {
    const token = (await api.http().post('/api/v1/sessions').send({ email: 'demo.beheerder@meedoen.test', password: DEMO_PASSWORD })).body.token;
    const auth = { Authorization: `Bearer ${token}` };
    expect((await api.http().delete('/api/v1/sessions/current').set(auth)).status).toBe(204);
    const after = await api.http().get('/api/v1/users/me').set(auth);
    expect(after.status).toBe(401);
    expect(after.body.detail).toMatch(/session has ended/);
  });

  it('answers requests without a session with 401', async () => {
    expect((await api.http().get('/api/v1/users/me')).status).toBe(401);
    expect((await api.http().get('/api/v1/users/me').set('Authorization', 'Bearer made-up')).status).toBe(401);
    expect((await api.http().delete('/api/v1/sessions/current')).status).toBe(401);
  });

  it('limits sign-in attempts per account and address with 429 and Retry-After', async () => {
    const email = uniqueEmail('bruteforce');
    for (let attempt = 0; attempt < 5; attempt++) {
      expect((await api.http().post('/api/v1/sessions').send({ email, password: 'probeer-maar-wat' })).status).toBe(401);
    }
    const blocked = await api.http().post('/api/v1/sessions').send({ email, password: 'probeer-maar-wat' });
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    expect(blocked.headers['content-type']).toMatch(/problem\+json/);
  });

  it('refuses cookie-authenticated writes from another website', async () => {
    const response = await api.http().post('/api/v1/sessions').send({ email: 'demo.werkzoekende@meedoen.test', password: DEMO_PASSWORD });
    const cookie = response.headers['set-cookie'][0].split(';')[0];
    const forged = await api.http().patch('/api/v1/users/me').set('Cookie', cookie).set('Origin', 'https://evil.example').send({ language: 'en' });
    expect(forged.status).toBe(403);
    const own = await api.http().patch('/api/v1/users/me').set('Cookie', cookie).set('Origin', 'http://localhost:3000').send({ language: 'en' });
    expect(own.status).toBe(200);
    expect(own.body.language).toBe('en');
    await api.http().patch('/api/v1/users/me').set('Cookie', cookie).send({ language: 'nl' });
  });

  it('validates sign-in input', async () => {
    const response = await api.http().post('/api/v1/sessions').send({ email: 'x', password: 5 });
    expect(response.status).toBe(400);
    expect(response.body.invalidParams.map((p: { name: string }) => p.name).sort()).toEqual(['email', 'password']);
  });
});

describe('demo accounts outside demo mode', () => {
  it('cannot sign in', async () => {
    const api = await createTestApp({ DEMO_MODE: 'false' });
    try {
      const response = await api.http().post('/api/v1/sessions').send({ email: 'demo.beheerder@meedoen.test', password: DEMO_PASSWORD });
      expect(response.status).toBe(401);
    } finally {
      await api.app.close();
    }
  });
});
