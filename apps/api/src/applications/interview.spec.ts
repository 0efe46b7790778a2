import { DataSource } from 'typeorm';
import { Auth, paramNames, postVacancy, registerSeeker, verifiedEmployer } from '../../test/marketplace-fixtures';
import { createTestApp, signIn, TestApp } from '../../test/test-app';
import { templateOf } from '../notifications/templates';

describe('planning a job interview', () => {
  let api: TestApp;
  let employer: { id: string; auth: Auth };

  beforeAll(async () => {
    api = await createTestApp();
    employer = await verifiedEmployer(api, await signIn(api, 'demo.regisseur@meedoen.test'));
  });
  afterAll(() => api.app.close());

  const move = (auth: Auth, id: string, body: object) => api.http().patch(`/api/v1/applications/${id}`).set(auth).send(body);
  async function application() {
    const seeker = await registerSeeker(api);
    const vacancyId = await postVacancy(api, employer.auth);
    const { body } = await api.http().post('/api/v1/applications').set(seeker.auth).send({ vacancyId });
    return { seeker, id: body.id as string };
  }
  const inAWeek = () => new Date(Date.now() + 7 * 24 * 3600_000).toISOString();

  it('keeps when and where with the move to interview; the seeker sees it and is told', async () => {
    const { seeker, id } = await application();
    const startsAt = inAWeek();
    const response = await move(employer.auth, id, { status: 'interview', interview: { startsAt, location: 'Kerkstraat 3, Gendringen' } });
    expect(response.status).toBe(200);
    expect(response.body.interview).toEqual({ startsAt, location: 'Kerkstraat 3, Gendringen' });
    const seen = await api.http().get(`/api/v1/applications/${id}`).set(seeker.auth);
    expect(seen.body).toMatchObject({ status: 'interview', interview: { startsAt, location: 'Kerkstraat 3, Gendringen' } });
    const [event] = await api.app.get(DataSource).query(
      `SELECT payload FROM outbox_event WHERE payload->>'recipientId' = $1 AND payload->>'template' = 'application-status-changed'`,
      [seeker.id],
    );
    expect(event.payload.params).toMatchObject({ status: 'interview', interviewAt: startsAt, interviewLocation: 'Kerkstraat 3, Gendringen' });
  });

  it('tells the seeker when and where in plain words, in Dutch time', () => {
    const text = templateOf('application-status-changed')!.text.nl(
      { vacancyTitle: 'Schoonmaker', status: 'interview', rejectionReason: null, interviewAt: '2026-12-10T09:30:00.000Z', interviewLocation: 'Kerkstraat 3' },
      { displayName: 'Sanne', role: 'seeker' },
    );
    expect(text.lines).toEqual(['De werkgever wil graag met je praten.', 'Het gesprek is op donderdag 10 december 2026 om 10:30. Waar: Kerkstraat 3.']);
  });

  it('moves to interview without details too, and then shows none', async () => {
    const { id } = await application();
    const response = await move(employer.auth, id, { status: 'interview' });
    expect(response.status).toBe(200);
    expect(response.body.interview).toBeNull();
  });

  it('refuses an interview in the past, with another status, or without a place', async () => {
    const { id } = await application();
    const past = await move(employer.auth, id, { status: 'interview', interview: { startsAt: '2020-01-01T10:00:00+01:00', location: 'Kantoor' } });
    expect(past.status).toBe(422);
    expect(paramNames(past.body)).toEqual(['interview.startsAt']);
    const wrongStatus = await move(employer.auth, id, { status: 'in-review', interview: { startsAt: inAWeek(), location: 'Kantoor' } });
    expect(wrongStatus.status).toBe(400);
    expect(paramNames(wrongStatus.body)).toEqual(['interview']);
    const noPlace = await move(employer.auth, id, { status: 'interview', interview: { startsAt: inAWeek() } });
    expect(noPlace.status).toBe(400);
    const notADate = await move(employer.auth, id, { status: 'interview', interview: { startsAt: 'morgen', location: 'Kantoor' } });
    expect(notADate.status).toBe(400);
    expect((await api.http().get(`/api/v1/applications/${id}`).set(employer.auth)).body).toMatchObject({ status: 'applied', interview: null });
  });
});
