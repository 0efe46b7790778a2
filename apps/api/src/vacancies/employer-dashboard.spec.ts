import { DataSource } from 'typeorm';
import { Auth, postVacancy, registerSeeker, verifiedEmployer } from '../../test/marketplace-fixtures';
import { createTestApp, signIn, TestApp } from '../../test/test-app';

describe("employer dashboard: open vacancies, new applications, views, time to fill", () => {
  let api: TestApp;
  let caseworker: Auth;

  beforeAll(async () => {
    api = await createTestApp();
    caseworker = await signIn(api, 'demo.regisseur@meedoen.test');
  });
  afterAll(() => api.app.close());

  const dashboard = (employer: { id: string; auth: Auth }) => api.http().get(`/api/v1/employers/${employer.id}/dashboard`).set(employer.auth);

  it('starts at zero for a new employer', async () => {
    const employer = await verifiedEmployer(api, caseworker);
    const response = await dashboard(employer);
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      openVacancies: 0,
      draftVacancies: 0,
      newApplications: 0,
      viewsLast30Days: 0,
      timeToFill: { medianDays: null, vacanciesFilled: 0 },
      vacancies: [],
    });
  });

  it("counts open vacancies, drafts, unseen applications and job seekers' views", async () => {
    const employer = await verifiedEmployer(api, caseworker);
    const open = await postVacancy(api, employer.auth);
    await postVacancy(api, employer.auth, {}, false);
    const seeker = await registerSeeker(api);
    const other = await registerSeeker(api);
    await api.http().get(`/api/v1/vacancies/${open}`).set(seeker.auth).expect(200);
    await api.http().get(`/api/v1/vacancies/${open}`).set(other.auth).expect(200);
    await api.http().get(`/api/v1/vacancies/${open}`).set(employer.auth).expect(200);
    await api.http().get(`/api/v1/vacancies/${open}`).set(caseworker).expect(200);
    const applied = await api.http().post('/api/v1/applications').set(seeker.auth).send({ vacancyId: open });
    await api.http().post('/api/v1/applications').set(other.auth).send({ vacancyId: open });
    await api.http().patch(`/api/v1/applications/${applied.body.id}`).set(employer.auth).send({ status: 'in-review' }).expect(200);

    const response = await dashboard(employer);
    expect(response.body).toMatchObject({ openVacancies: 1, draftVacancies: 1, newApplications: 1, viewsLast30Days: 2 });
    expect(response.body.vacancies).toEqual([{ id: open, title: 'Schoonmaker kantoren', status: 'published', applications: 2, newApplications: 1, views: 2 }]);
  });

  it('gives the median days from publishing to the first hire', async () => {
    const employer = await verifiedEmployer(api, caseworker);
    const database = api.app.get(DataSource);
    for (const daysAgo of [10, 4]) {
      const vacancyId = await postVacancy(api, employer.auth);
      await database.query(`UPDATE vacancy SET published_at = now() - make_interval(days => $2) WHERE id = $1`, [vacancyId, daysAgo]);
      const seeker = await registerSeeker(api);
      const { body } = await api.http().post('/api/v1/applications').set(seeker.auth).send({ vacancyId });
      for (const status of ['in-review', 'offered', 'hired']) {
        await api.http().patch(`/api/v1/applications/${body.id}`).set(employer.auth).send({ status }).expect(200);
      }
    }
    const response = await dashboard(employer);
    expect(response.body.timeToFill.vacanciesFilled).toBe(2);
    expect(response.body.timeToFill.medianDays).toBeCloseTo(7, 0);
  });

  it('is only for the employer itself', async () => {
    const employer = await verifiedEmployer(api, caseworker);
    const other = await verifiedEmployer(api, caseworker);
    expect((await api.http().get(`/api/v1/employers/${employer.id}/dashboard`).set(other.auth)).status).toBe(404);
    expect((await api.http().get(`/api/v1/employers/${employer.id}/dashboard`).set(caseworker)).status).toBe(403);
  });
});
