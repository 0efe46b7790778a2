import { createTestApp, TestApp } from '../../test/test-app';

describe('API conventions (NL API Design Rules)', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await createTestApp();
  });
  afterAll(() => api.app.close());

  it('sends API-Version on every response, errors included', async () => {
    for (const path of ['/api/v1/health', '/api/v1/municipalities', '/api/v1/does-not-exist', '/api/v1/users/me']) {
      const response = await api.http().get(path);
      expect(response.headers['api-version']).toBe('1.0.0');
    }
  });

  it('answers an unknown route with a problem+json 404', async () => {
    const response = await api.http().get('/api/v1/nothing-here');
    expect(response.status).toBe(404);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({ status: 404, title: 'Not Found', instance: '/api/v1/nothing-here' });
    expect(typeof response.body.detail).toBe('string');
  });

  it('answers malformed JSON with a problem+json 400', async () => {
    const response = await api.http().post('/api/v1/accounts').set('Content-Type', 'application/json').send('{"role": "seeker",');
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body.status).toBe(400);
  });

  it('refuses a body over the size limit with a problem+json 413', async () => {
    const response = await api.http().post('/api/v1/accounts').send({ displayName: 'x'.repeat(1_100_000) });
    expect(response.status).toBe(413);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it('sets security headers', async () => {
    const response = await api.http().get('/api/v1/health');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['x-request-id']).toMatch(/^[A-Za-z0-9-]{8,}$/);
  });

  it('serves the OpenAPI document to anyone, from any origin', async () => {
    const response = await api.http().get('/api/v1/openapi.json').set('Origin', 'https://elsewhere.example');
    expect(response.status).toBe(200);
    expect(response.headers['access-control-allow-origin']).toBe('*');
    expect(response.body.openapi).toMatch(/^3\./);
    expect(Object.keys(response.body.paths)).toEqual(expect.arrayContaining(['/sessions', '/accounts', '/municipalities', '/health']));
  });

  it('reports health of database, queue and search', async () => {
    const response = await api.http().get('/api/v1/health');
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      status: 'up',
      version: '1.0.0',
      components: { database: { status: 'up' }, queue: { status: 'up' }, search: { status: 'up' } },
    });
  });

  it('serves a landing page linking the three portals', async () => {
    const response = await api.http().get('/');
    expect(response.status).toBe(200);
    expect(response.text).toContain('href="/werkzoekenden/"');
    expect(response.text).toContain('href="/werkgevers/"');
    expect(response.text).toContain('href="/regie/"');
    expect(response.text).toContain('GeoNames');
  });

  it.each(['/werkzoekenden', '/werkgevers', '/regie'])('redirects %s to its slash form once, keeping the query', async (path) => {
    const redirect = await api.http().get(`${path}?lang=en`);
    expect(redirect.status).toBe(301);
    expect(redirect.headers.location).toBe(`${path}/?lang=en`);
    const portal = await api.http().get(`${path}/`);
    expect(portal.status).toBe(200);
    expect(portal.headers['content-type']).toMatch(/text\/html/);
    const deepLink = await api.http().get(`${path}/een/diepe/link`);
    expect(deepLink.status).toBe(200);
    expect(deepLink.text).toBe(portal.text);
  });
});

describe('without Redis', () => {
  it('still answers, and health reports the queue as down', async () => {
    const api = await createTestApp({ REDIS_URL: 'redis://127.0.0.1:1' });
    try {
      const response = await api.http().get('/api/v1/health');
      expect(response.status).toBe(200);
      expect(response.body.status).toBe('degraded');
      expect(response.body.components.queue.status).toBe('down');
      expect((await api.http().get('/api/v1/municipalities')).status).toBe(200);
    } finally {
      await api.app.close();
    }
  });
});
