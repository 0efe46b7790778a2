import { createTestApp, TestApp } from '../../test/test-app';

describe('skills and occupations taxonomy', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await createTestApp();
  });
  afterAll(() => api.app.close());

  it('finds skills by a Dutch word with a typo and without accents, without signing in', async () => {
    const response = await api.http().get('/api/v1/skills').query({ q: 'schoonmaaken' });
    expect(response.status).toBe(200);
    expect(response.body.taxonomyVersion).toMatch(/^\d+\.\d+\.\d+$/);
    expect(response.body.items.length).toBeGreaterThan(0);
    expect(response.body.items[0].label.toLowerCase()).toContain('schoonma');
  });

  it('finds "hovenier" from the typo "hovenir", and answers in English on request', async () => {
    const dutch = await api.http().get('/api/v1/occupations').query({ q: 'hovenir' });
    expect(dutch.status).toBe(200);
    expect(dutch.body.items.map((item: { label: string }) => item.label.toLowerCase()).join(' ')).toContain('hovenier');
    const english = await api.http().get('/api/v1/occupations').query({ q: 'gardener', language: 'en' });
    expect(english.body.items[0].label.toLowerCase()).toContain('garden');
  });

  it('gives an occupation with the skills it needs, to suggest them in the vacancy editor', async () => {
    const found = await api.http().get('/api/v1/occupations').query({ q: 'schoonmaker' });
    const response = await api.http().get(`/api/v1/occupations/${found.body.items[0].id}`);
    expect(response.status).toBe(200);
    expect(response.body.essentialSkills.length).toBeGreaterThan(0);
    expect(response.body.essentialSkills[0]).toEqual({ id: expect.any(String), label: expect.any(String), group: expect.any(String) });
  });

  it.each([
    ['a query of 10 kB', '/api/v1/skills', { q: 'a'.repeat(10_000) }, 'q'],
    ['a limit above 50', '/api/v1/skills', { limit: 500 }, 'limit'],
    ['an unknown language', '/api/v1/occupations', { language: 'de' }, 'language'],
    ['an unknown field', '/api/v1/occupations', { sort: 'name' }, 'sort'],
  ])('rejects %s with 400 naming the field', async (_case, path, query, field) => {
    const response = await api.http().get(path).query(query);
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toMatch(/problem\+json/);
    expect(JSON.stringify(response.body.invalidParams)).toContain(field);
  });

  it('answers 404 for an unknown occupation and 400 for a malformed code', async () => {
    expect((await api.http().get('/api/v1/occupations/9999.9')).status).toBe(404);
    expect((await api.http().get('/api/v1/occupations/drop%20table')).status).toBe(400);
  });

  it('treats injection attempts as text', async () => {
    const response = await api.http().get('/api/v1/skills').query({ q: "'; DROP TABLE skill; --" });
    expect(response.status).toBe(200);
    expect(Array.isArray(response.body.items)).toBe(true);
  });
});
