import { createTestApp, TestApp } from '../../test/test-app';

describe('taxonomy endpoints', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await createTestApp();
  });
  afterAll(() => api.app.close());

  it('autocompletes skills, tolerant of accents and typos, in the chosen language', async () => {
    const response = await api.http().get('/api/v1/skills?q=heftuck');
    expect(response.status).toBe(200);
    expect(response.body.items[0]).toMatchObject({ id: 'forklift-driving', labelEn: expect.any(String), group: expect.stringMatching(/^S/) });
    expect(response.body.taxonomyVersion).toBe('1.0.0');
    const english = await api.http().get('/api/v1/skills?q=stofzuigen&language=en');
    expect(english.body.items[0]).toMatchObject({ id: 'vacuuming', label: 'Vacuuming' });
    const byHeader = await api.http().get('/api/v1/skills?q=stofzuigen').set('Accept-Language', 'en-GB,en;q=0.9');
    expect(byHeader.body.items[0].label).toBe('Vacuuming');
  });

  it('lists every skill page by page without q', async () => {
    const first = await api.http().get('/api/v1/skills?pageSize=100');
    expect(first.body.total).toBeGreaterThanOrEqual(400);
    expect(first.body.items).toHaveLength(100);
    expect((await api.http().get('/api/v1/skills?page=99')).body.items).toEqual([]);
  });

  it('autocompletes occupations and shows one with its skills as suggestions', async () => {
    const found = await api.http().get('/api/v1/occupations?q=hovenir');
    expect(found.body.items[0].labelNl).toMatch(/hovenier/i);
    const detail = await api.http().get('/api/v1/occupations/9112.2');
    expect(detail.status).toBe(200);
    expect(detail.body).toMatchObject({ id: '9112.2', label: 'schoonmaker', sector: 'cleaning' });
    expect(detail.body.essentialSkills.map((s: { id: string }) => s.id)).toContain('office-cleaning');
    expect(detail.body.optionalSkills.length).toBeGreaterThan(0);
  });

  it('refuses bad input', async () => {
    expect((await api.http().get(`/api/v1/skills?q=${'x'.repeat(10_000)}`)).status).toBe(400);
    expect((await api.http().get('/api/v1/skills?language=fr')).status).toBe(400);
    expect((await api.http().get('/api/v1/occupations?pageSize=500')).status).toBe(400);
    expect((await api.http().get('/api/v1/occupations/DROP')).status).toBe(400);
    expect((await api.http().get('/api/v1/occupations/9999.9')).status).toBe(404);
    expect((await api.http().get(`/api/v1/occupations?q=${encodeURIComponent("'; DROP TABLE x; --")}`)).status).toBe(200);
  });
});
