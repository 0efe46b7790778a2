import { DataSource } from 'typeorm';
import { Auth, paramNames, PASSWORD, postVacancy, verifiedEmployer } from '../../test/marketplace-fixtures';
import { createTestApp, signIn, TestApp, uniqueEmail } from '../../test/test-app';

describe('team members of an employer', () => {
  let api: TestApp;
  let caseworker: Auth;

  beforeAll(async () => {
    api = await createTestApp();
    caseworker = await signIn(api, 'demo.regisseur@meedoen.test');
  });
  afterAll(() => api.app.close());

  /** The token in the link of the invitation message (what the colleague finds in the e-mail). */
  async function invitationToken(userId: string): Promise<string> {
    const [event] = await api.app.get(DataSource).query(
      `SELECT payload FROM outbox_event WHERE payload->>'recipientId' = $1 AND payload->>'template' = 'team-invitation'`,
      [userId],
    );
    return new URL(event.payload.link, 'http://localhost').searchParams.get('token')!;
  }

  it('invites a colleague by e-mail, who chooses a password and then works for the same employer', async () => {
    const employer = await verifiedEmployer(api, caseworker);
    const email = uniqueEmail('collega');
    const invited = await api.http().post(`/api/v1/employers/${employer.id}/team-members`).set(employer.auth).send({ email, displayName: 'Kees Jansen' });
    expect(invited.status).toBe(201);
    expect(invited.body).toMatchObject({ email, displayName: 'Kees Jansen', status: 'invited' });

    expect((await api.http().post('/api/v1/sessions').send({ email, password: PASSWORD })).status).toBe(401);
    const token = await invitationToken(invited.body.id);
    expect(token.length).toBeGreaterThan(20);
    const weak = await api.http().post('/api/v1/team-invitation-acceptances').send({ token, password: 'kort' });
    expect(weak.status).toBe(400);
    expect(paramNames(weak.body)).toEqual(['password']);
    expect((await api.http().post('/api/v1/team-invitation-acceptances').send({ token, password: PASSWORD })).status).toBe(204);
    expect((await api.http().post('/api/v1/team-invitation-acceptances').send({ token, password: PASSWORD })).status).toBe(422);

    const colleague = await signIn(api, email, PASSWORD);
    const me = await api.http().get('/api/v1/users/me').set(colleague);
    expect(me.body).toMatchObject({ role: 'employer', employerId: employer.id, displayName: 'Kees Jansen' });
    const vacancyId = await postVacancy(api, colleague);
    expect((await api.http().get(`/api/v1/vacancies/${vacancyId}`).set(employer.auth)).body.employer.id).toBe(employer.id);

    const team = await api.http().get(`/api/v1/employers/${employer.id}/team-members`).set(colleague);
    expect(team.status).toBe(200);
    expect(team.body.items.map((member: { displayName: string; status: string }) => [member.displayName, member.status])).toEqual([
      ['Joke Hendriks', 'active'],
      ['Kees Jansen', 'active'],
    ]);
  });

  it('lists a pending invitation as invited', async () => {
    const employer = await verifiedEmployer(api, caseworker);
    await api.http().post(`/api/v1/employers/${employer.id}/team-members`).set(employer.auth).send({ email: uniqueEmail('collega'), displayName: 'Fatma Demir' }).expect(201);
    const team = await api.http().get(`/api/v1/employers/${employer.id}/team-members`).set(employer.auth);
    expect(team.body.items.map((member: { status: string }) => member.status)).toEqual(['active', 'invited']);
  });

  it('refuses a taken e-mail address, bad input, a wrong token, and other organisations', async () => {
    const employer = await verifiedEmployer(api, caseworker);
    const other = await verifiedEmployer(api, caseworker);
    const taken = await api.http().post(`/api/v1/employers/${employer.id}/team-members`).set(employer.auth).send({ email: 'demo.werkgever@meedoen.test', displayName: 'Iemand' });
    expect(taken.status).toBe(409);
    const bad = await api.http().post(`/api/v1/employers/${employer.id}/team-members`).set(employer.auth).send({ email: 'geen-adres', displayName: '' });
    expect(bad.status).toBe(400);
    expect(paramNames(bad.body).sort()).toEqual(['displayName', 'email']);
    expect((await api.http().post(`/api/v1/employers/${employer.id}/team-members`).set(other.auth).send({ email: uniqueEmail(), displayName: 'X' })).status).toBe(404);
    expect((await api.http().get(`/api/v1/employers/${employer.id}/team-members`).set(other.auth)).status).toBe(404);
    expect((await api.http().get(`/api/v1/employers/${employer.id}/team-members`).set(caseworker)).status).toBe(403);
    const wrongToken = await api.http().post('/api/v1/team-invitation-acceptances').send({ token: 'x'.repeat(43), password: PASSWORD });
    expect(wrongToken.status).toBe(422);
    expect(paramNames(wrongToken.body)).toEqual(['token']);
  });
});
