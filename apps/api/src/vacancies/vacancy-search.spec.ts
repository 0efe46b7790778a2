import { Auth, paramNames, postVacancy, registerSeeker, verifiedEmployer } from '../../test/marketplace-fixtures';
import { createTestApp, signIn, TestApp } from '../../test/test-app';

describe('GET /vacancies: search, facets and bad input', () => {
  let api: TestApp;
  let seeker: Auth;
  let gardening: string;
  let eindhovenJob: string;

  beforeAll(async () => {
    api = await createTestApp();
    const caseworker = await signIn(api, 'demo.regisseur@meedoen.test');
    seeker = (await registerSeeker(api)).auth;
    const employer = await verifiedEmployer(api, caseworker);
    gardening = await postVacancy(api, employer.auth, {
      title: 'Hovenier groenonderhoud Zwiepse Weide',
      kind: 'work-experience',
      occupationId: '6113.1',
      requiredSkills: [{ skillId: 'hedge-trimming', level: 1 }],
      niceToHaveSkills: [],
      pay: { type: 'unpaid' },
      location: { postcode: '7081 AB', houseNumber: '1' },
    });
    eindhovenJob = await postVacancy(api, employer.auth, { title: 'Monteur Zwiepse fietsen', location: { postcode: '5611 AB', houseNumber: '2' } });
    await postVacancy(api, employer.auth, { title: 'Concept Zwiepse draft' }, false);
  });
  afterAll(() => api.app.close());

  const search = (query: string) => api.http().get(`/api/v1/vacancies?${query}`).set(seeker);

  it('finds published vacancies by Dutch text with typos, and never drafts', async () => {
    const response = await search('q=hovenir%20zwiepse');
    expect(response.status).toBe(200);
    expect(response.body.items.map((item: { id: string }) => item.id)).toEqual([gardening]);
    expect(response.body.items[0]).toMatchObject({ kind: 'work-experience', occupation: { id: '6113.1' }, skillIds: ['hedge-trimming'], distanceKm: null });
    const all = await search('q=zwiepse');
    expect(all.body.total).toBe(2);
    expect(all.body.items.map((item: { title: string }) => item.title)).not.toContain('Concept Zwiepse draft');
  });

  it('filters by kind (repeatable), hours, skills and radius, with distances and labelled facets', async () => {
    expect((await search('q=zwiepse&kind=work-experience&kind=volunteer')).body.total).toBe(1);
    expect((await search('q=zwiepse&kind=work-experience,regular')).body.total).toBe(2);
    expect((await search('q=zwiepse&hoursMin=30&hoursMax=40')).body.total).toBe(0);
    expect((await search('q=zwiepse&skills=hedge-trimming')).body.items[0].id).toBe(gardening);
    expect((await search('q=zwiepse&municipality=GM0772')).body.items.map((item: { id: string }) => item.id)).toEqual([eindhovenJob]);
    expect((await search('q=zwiepse&municipality=GM0772,GM1509&municipality=GM0197')).body.total).toBe(2);
    expect(paramNames((await search('municipality=Eindhoven')).body)).toEqual(['municipality']);
    const near = await search('q=zwiepse&postcode=7081%20AB&radiusKm=10');
    expect(near.body.items.map((item: { id: string }) => item.id)).toEqual([gardening]);
    expect(near.body.items[0].distanceKm).toBeLessThan(3);
    expect(near.body.items[0]).toMatchObject({ latitude: expect.closeTo(51.9, 0), longitude: expect.closeTo(6.5, 0) });
    const byDistance = await search('q=zwiepse&postcode=5611AB&sort=distance');
    expect(byDistance.body.items.map((item: { id: string }) => item.id)).toEqual([eindhovenJob, gardening]);
    const facets = (await search('q=zwiepse')).body.facets;
    expect(facets.kind).toEqual(expect.arrayContaining([{ value: 'work-experience', label: 'Werkervaringsplek', count: 1 }]));
    expect(facets.municipality).toEqual(expect.arrayContaining([{ value: 'GM0772', label: 'Eindhoven', count: 1 }]));
    expect(facets.hoursBand).toEqual([{ value: '13-24', label: '13 tot 24 uur per week', count: 2 }]);
  });

  it('answers a page beyond the end with no items, and hostile text with an ordinary answer', async () => {
    const beyond = await search('q=zwiepse&page=500');
    expect(beyond.status).toBe(200);
    expect(beyond.body).toMatchObject({ items: [], total: 2, page: 500 });
    for (const q of ["' OR 1=1; DROP TABLE vacancy; --", 'a & b | !c <-> d:*', '<script>alert(1)</script>', '%00', '"""']) {
      const response = await search(`q=${encodeURIComponent(q)}`);
      expect(response.status).toBe(200);
      expect(Array.isArray(response.body.items)).toBe(true);
    }
    expect((await search('q=zwiepse')).body.total).toBe(2);
  });

  const bad: [string, string, number, string][] = [
    ['a q of 10 kB', `q=${'a'.repeat(10_000)}`, 400, 'q'],
    ['pageSize over 100', 'pageSize=101', 400, 'pageSize'],
    ['page 0', 'page=0', 400, 'page'],
    ['an unknown kind', 'kind=slavery', 400, 'kind'],
    ['negative hours', 'hoursMin=-5', 400, 'hoursMin'],
    ['hours as words', 'hoursMax=veel', 400, 'hoursMax'],
    ['hoursMin above hoursMax', 'hoursMin=30&hoursMax=10', 400, 'hoursMin'],
    ['an unknown skill', 'skills=dusting,flying', 422, 'skills[1]'],
    ['a malformed postcode', 'postcode=ABCD', 400, 'postcode'],
    ['an unknown postcode area', 'postcode=1000', 422, 'postcode'],
    ['a radius without postcode', 'radiusKm=10', 400, 'radiusKm'],
    ['a negative radius', 'postcode=7081&radiusKm=-1', 400, 'radiusKm'],
    ['sorting by distance without postcode', 'sort=distance', 400, 'sort'],
    ['an unknown sort', 'sort=salary', 400, 'sort'],
    ['an unknown parameter', 'orderBy=title', 400, 'orderBy'],
  ];
  it.each(bad)('refuses %s with a problem naming the field', async (_name, query, status, field) => {
    const response = await search(query);
    expect(response.status).toBe(status);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(paramNames(response.body)).toContain(field);
  });

  it('needs a sign-in', async () => {
    expect((await api.http().get('/api/v1/vacancies')).status).toBe(401);
  });

  describe('saved searches', () => {
    it('lets a seeker save, list and delete searches with an alert choice', async () => {
      const own = (await registerSeeker(api)).auth;
      const created = await api.http().post('/api/v1/saved-searches').set(own).send({
        name: 'Groen werk dichtbij',
        criteria: { q: 'hovenier', kind: ['work-experience'], postcode: '7081 AB', radiusKm: 15, hoursMin: 8 },
        alert: 'weekly',
      });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ name: 'Groen werk dichtbij', alert: 'weekly', criteria: { q: 'hovenier', kind: ['work-experience'], radiusKm: 15 } });
      const list = await api.http().get('/api/v1/saved-searches').set(own);
      expect(list.body.items.map((item: { id: string }) => item.id)).toEqual([created.body.id]);
      expect((await api.http().get('/api/v1/saved-searches').set(seeker)).body.items).toEqual([]);
      expect((await api.http().delete(`/api/v1/saved-searches/${created.body.id}`).set(seeker)).status).toBe(404);
      expect((await api.http().delete(`/api/v1/saved-searches/${created.body.id}`).set(own)).status).toBe(204);
      expect((await api.http().get('/api/v1/saved-searches').set(own)).body.items).toEqual([]);
    });

    it('checks the criteria like a search, and only seekers save', async () => {
      const save = (body: object, auth = seeker) => api.http().post('/api/v1/saved-searches').set(auth).send(body);
      const valid = { name: 'x', criteria: {}, alert: 'none' };
      expect(paramNames((await save({ ...valid, alert: 'hourly' })).body)).toEqual(['alert']);
      expect(paramNames((await save({ ...valid, criteria: { hoursMin: 20, hoursMax: 10 } })).body)).toEqual(['criteria.hoursMin']);
      expect((await save({ ...valid, criteria: { skills: ['nope'] } })).status).toBe(422);
      expect((await save({ ...valid, criteria: { kind: ['bogus'] } })).status).toBe(400);
      expect((await save({ ...valid, criteria: { evil: true } })).status).toBe(400);
      const caseworker = await signIn(api, 'demo.regisseur@meedoen.test');
      expect((await save(valid, caseworker)).status).toBe(403);
    });
  });
});
