import { DataSource } from 'typeorm';
import { Application } from '../applications/application.entity';
import { Auth, cleanerProfile, paramNames, postVacancy, registerSeeker, verifiedEmployer } from '../../test/marketplace-fixtures';
import { createTestApp, signIn, TestApp } from '../../test/test-app';

type Item = { score: number; breakdown: Record<string, number>; outcome: string; failedConstraints: { constraint: string }[]; explanation: { text: string } };
type CandidateItem = Item & { candidate: { seekerId: string; identityShared: boolean; displayName: string | null; municipalityCode: string } };
type VacancyItem = Item & { vacancy: { vacancyId: string; title: string } };

describe('matches', () => {
  let api: TestApp;
  let caseworker: Auth;
  let otherCaseworker: Auth;
  let employer: { id: string; auth: Auth };
  let otherEmployer: { id: string; auth: Auth };
  let seeker: Awaited<ReturnType<typeof registerSeeker>>;
  let vacancyId: string;

  beforeAll(async () => {
    api = await createTestApp();
    caseworker = await signIn(api, 'demo.regisseur@meedoen.test');
    const dataSource = api.app.get(DataSource);
    const [berkelland] = await dataSource.query(`SELECT email FROM "user" WHERE role = 'caseworker' AND municipality_code = 'GM1859'`);
    await dataSource.query(`UPDATE "user" SET password_hash = (SELECT password_hash FROM "user" WHERE email = 'demo.regisseur@meedoen.test') WHERE email = $1`, [berkelland.email]);
    otherCaseworker = await signIn(api, berkelland.email);
    employer = await verifiedEmployer(api, caseworker);
    otherEmployer = await verifiedEmployer(api, caseworker);
    seeker = await registerSeeker(api);
    expect((await api.http().patch('/api/v1/seekers/me').set(seeker.auth).send(cleanerProfile)).status).toBe(200);
    vacancyId = await postVacancy(api, employer.auth, { title: 'Schoonmaker kantoren Gendringen' });
  });
  afterAll(() => api.app.close());

  const seekerMatches = async (auth: Auth, query: Record<string, string | number> = {}, id = 'me') => {
    const response = await api.http().get(`/api/v1/seekers/${id}/matches`).query({ pageSize: 100, ...query }).set(auth);
    expect(response.status).toBe(200);
    return response.body as { items: VacancyItem[]; nearMisses: VacancyItem[]; total: number; algorithmVersion: string };
  };
  const candidates = async (auth: Auth, id = vacancyId, query: Record<string, string | number> = {}) => {
    const response = await api.http().get(`/api/v1/vacancies/${id}/matches`).query({ pageSize: 100, ...query }).set(auth);
    expect(response.status).toBe(200);
    return response.body as { items: CandidateItem[]; nearMisses: CandidateItem[]; total: number };
  };
  const find = <T extends VacancyItem>(items: T[], id: string) => items.find((item) => item.vacancy.vacancyId === id);

  it('ranks vacancies for the seeker with a plain Dutch explanation whose parts add up to the score', async () => {
    const body = await seekerMatches(seeker.auth);
    const match = find(body.items, vacancyId)!;
    expect(match).toBeDefined();
    expect(match.outcome).toBe('match');
    expect(Object.values(match.breakdown).reduce((sum, points) => sum + points, 0)).toBe(match.score);
    expect(match.explanation.text).toContain('kantoren schoonmaken');
    expect(match.explanation.text).toMatch(/fietsen/);
    expect(body.algorithmVersion).toMatch(/\d/);
    const scores = body.items.map((item) => item.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const english = await seekerMatches(seeker.auth, { language: 'en' });
    expect(find(english.items, vacancyId)!.explanation.text).toMatch(/cycl|bike/i);
  });

  it('reflects the database now: a published vacancy appears, a paused one goes, an edited profile counts', async () => {
    const newVacancy = await postVacancy(api, employer.auth, { title: 'Schoonmaker scholen' });
    expect(find((await seekerMatches(seeker.auth)).items, newVacancy)).toBeDefined();
    await api.http().patch(`/api/v1/vacancies/${newVacancy}`).set(employer.auth).send({ status: 'paused' });
    expect(find((await seekerMatches(seeker.auth)).items, newVacancy)).toBeUndefined();

    await api.http().patch('/api/v1/seekers/me').set(seeker.auth).send({ unwantedKinds: ['regular'] });
    expect(find((await seekerMatches(seeker.auth)).items, vacancyId)).toBeUndefined();
    await api.http().patch('/api/v1/seekers/me').set(seeker.auth).send({ unwantedKinds: [] });
    expect(find((await seekerMatches(seeker.auth)).items, vacancyId)).toBeDefined();
  });

  it('shows the employer anonymous candidates, and the name only after the seeker applied', async () => {
    const before = (await candidates(employer.auth)).items.find((item) => item.candidate.seekerId === seeker.id)!;
    expect(before).toMatchObject({ candidate: { identityShared: false, displayName: null, municipalityCode: 'GM1509' } });
    expect(JSON.stringify(before)).not.toContain('Ahmed');
    expect(before.explanation.text).toContain('Kan: kantoren schoonmaken');
    expect(before.explanation.text).not.toMatch(/\b(je|jij)\b/i);
    await api.app.get(DataSource).getRepository(Application).insert({ vacancyId, seekerUserId: seeker.id, status: 'applied', origin: 'direct' });
    const after = (await candidates(employer.auth)).items.find((item) => item.candidate.seekerId === seeker.id)!;
    expect(after.candidate).toMatchObject({ identityShared: true, displayName: 'Ahmed Yilmaz' });
  });

  it('never gives employers near misses or hidden profiles', async () => {
    const hidden = await registerSeeker(api);
    await api.http().patch('/api/v1/seekers/me').set(hidden.auth).send({ ...cleanerProfile, visibility: 'caseworkers' });
    const body = await candidates(employer.auth);
    expect(body.nearMisses).toEqual([]);
    expect(body.items.some((item) => item.candidate.seekerId === hidden.id)).toBe(false);
    expect((await candidates(caseworker)).items.some((item) => item.candidate.seekerId === hidden.id)).toBe(true);
  });

  it("gives a caseworker only their own residents, with names, and flags near misses with the constraint that failed", async () => {
    const farAway = await registerSeeker(api);
    await api.http().patch('/api/v1/seekers/me').set(farAway.auth).send({ ...cleanerProfile, travel: [{ mode: 'bike', maxKm: 1 }] });
    const body = await candidates(caseworker);
    expect(body.items.every((item) => item.candidate.municipalityCode === 'GM1509' && item.candidate.identityShared)).toBe(true);
    expect(body.items.find((item) => item.candidate.seekerId === seeker.id)?.candidate.displayName).toBe('Ahmed Yilmaz');
    const nearMiss = body.nearMisses.find((item) => item.candidate.seekerId === farAway.id)!;
    expect(nearMiss.outcome).toBe('near-miss');
    expect(nearMiss.failedConstraints).toEqual([expect.objectContaining({ constraint: 'travel' })]);
    expect((await candidates(otherCaseworker)).items.some((item) => item.candidate.seekerId === seeker.id)).toBe(false);
    expect((await candidates(caseworker, vacancyId, { includeNearMisses: 'false' })).nearMisses).toEqual([]);
  });

  it("lets a caseworker see their resident's matches, and no one else's", async () => {
    expect(find((await seekerMatches(caseworker, {}, seeker.id)).items, vacancyId)).toBeDefined();
    expect((await api.http().get(`/api/v1/seekers/${seeker.id}/matches`).set(otherCaseworker)).status).toBe(404);
    const other = await registerSeeker(api);
    expect((await api.http().get(`/api/v1/seekers/${seeker.id}/matches`).set(other.auth)).status).toBe(404);
    expect((await api.http().get(`/api/v1/seekers/${seeker.id}/matches`).set(employer.auth)).status).toBe(403);
  });

  it("keeps a vacancy's candidates to its own employer and caseworkers", async () => {
    expect((await api.http().get(`/api/v1/vacancies/${vacancyId}/matches`).set(otherEmployer.auth)).status).toBe(404);
    expect((await api.http().get(`/api/v1/vacancies/${vacancyId}/matches`).set(seeker.auth)).status).toBe(403);
    expect((await api.http().get(`/api/v1/vacancies/${vacancyId}/matches`)).status).toBe(401);
  });

  it('tells the seeker which missing skills would open the most vacancies', async () => {
    const response = await api.http().get('/api/v1/seekers/me/skills-gap').set(seeker.auth);
    expect(response.status).toBe(200);
    expect(response.body.items.length).toBeGreaterThan(0);
    for (const item of response.body.items) {
      expect(item).toEqual({ skillId: expect.any(String), label: expect.any(String), opensVacancies: expect.any(Number), askedBy: expect.any(Number) });
      expect(item.askedBy).toBeGreaterThan(0);
    }
    const counts = response.body.items.map((item: { opensVacancies: number }) => item.opensVacancies);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(response.body.items.some((item: { skillId: string }) => item.skillId === 'office-cleaning')).toBe(false);
    expect((await api.http().get(`/api/v1/seekers/${seeker.id}/skills-gap`).set(caseworker)).status).toBe(200);
    expect((await api.http().get(`/api/v1/seekers/${seeker.id}/skills-gap`).set(otherCaseworker)).status).toBe(404);
    expect((await api.http().get(`/api/v1/seekers/${seeker.id}/skills-gap`).set(employer.auth)).status).toBe(403);
  });

  it('explains a seeker without any profile instead of failing', async () => {
    const newcomer = await registerSeeker(api);
    const body = await seekerMatches(newcomer.auth);
    // Missing data never excludes anyone: the open vacancies are ranked, and each says what the profile lacks.
    expect(body.items.length).toBeGreaterThan(0);
    for (const item of body.items) expect(item.explanation.text).toContain('In je profiel staan nog geen vaardigheden.');
  });

  it.each([
    ['a minimum score above 100', `/vacancies/VACANCY/matches`, { minScore: 101 }, 'minScore'],
    ['a page size above 100', `/vacancies/VACANCY/matches`, { pageSize: 1000 }, 'pageSize'],
    ['near misses that are not true or false', `/seekers/me/matches`, { includeNearMisses: 'maybe' }, 'includeNearMisses'],
    ['an unknown language', `/seekers/me/matches`, { language: 'fr' }, 'language'],
    ['a malformed vacancy id', `/vacancies/not-an-id/matches`, {}, 'vacancyId'],
    ['a malformed seeker id', `/seekers/1%20OR%201=1/matches`, {}, 'seekerId'],
  ])('rejects %s with 400 naming the field', async (_case, path, query, field) => {
    const response = await api.http().get(`/api/v1${path.replace('VACANCY', vacancyId)}`).query(query).set(path.startsWith('/seekers') ? seeker.auth : employer.auth);
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toMatch(/problem\+json/);
    expect(paramNames(response.body)).toContain(field);
  });

  it('answers 404 for a vacancy that does not exist', async () => {
    expect((await api.http().get('/api/v1/vacancies/00000000-0000-4000-8000-000000000000/matches').set(employer.auth)).status).toBe(404);
  });
});
