import { DataSource } from 'typeorm';
import { registerResident, RESIDENT_PASSWORD } from '../../test/residents';
import { createTestApp, signIn, TestApp, uniqueEmail } from '../../test/test-app';

const NEW_PASSWORD = 'mijn-nieuwe-lange-wachtwoord';

describe('password resets', () => {
  let api: TestApp;
  let dataSource: DataSource;
  beforeAll(async () => {
    api = await createTestApp();
    dataSource = api.app.get(DataSource);
  });
  afterAll(() => api.app.close());

  /** The reset links queued for this user, newest first (the e-mail is sent by the worker from these rows). */
  const resetLinks = async (userId: string): Promise<string[]> => {
    const rows: { link: string }[] = await dataSource.query(
      `SELECT payload->>'link' AS link FROM outbox_event WHERE type = 'notify' AND payload->>'recipientId' = $1 AND payload->>'template' = 'password-reset' ORDER BY created_at DESC`,
      [userId],
    );
    return rows.map((row) => row.link);
  };
  const tokenOf = (link: string) => new URL(link, 'http://x').searchParams.get('token')!;
  const requestReset = (email: string) => api.http().post('/api/v1/password-resets').send({ email });
  const complete = (token: string, newPassword = NEW_PASSWORD) => api.http().post('/api/v1/password-resets/completions').send({ token, newPassword });

  it('e-mails a link to the seeker portal; the token sets a new password once and ends every session', async () => {
    const resident = await registerResident(api);
    expect((await requestReset(resident.email.toUpperCase())).status).toBe(202);
    const [link] = await resetLinks(resident.id);
    expect(link).toMatch(/^\/werkzoekenden\/nieuw-wachtwoord\?token=/);

    expect((await complete(tokenOf(link))).status).toBe(204);
    expect((await api.http().get('/api/v1/users/me').set(resident.auth)).status).toBe(401);
    expect((await api.http().post('/api/v1/sessions').send({ email: resident.email, password: RESIDENT_PASSWORD })).status).toBe(401);
    await signIn(api, resident.email, NEW_PASSWORD);

    const again = await complete(tokenOf(link), 'nog-een-ander-lang-wachtwoord');
    expect(again.status).toBe(400);
    expect(again.body.invalidParams).toEqual([expect.objectContaining({ name: 'token' })]);
  });

  it('answers an unknown address and a demo account the same, and sends nothing', async () => {
    const unknown = await requestReset(uniqueEmail('niemand'));
    const demo = await requestReset('demo.werkzoekende@meedoen.test');
    expect([unknown.status, demo.status]).toEqual([202, 202]);
    const [demoUser] = await dataSource.query(`SELECT id FROM "user" WHERE email = 'demo.werkzoekende@meedoen.test'`);
    expect(await resetLinks(demoUser.id)).toEqual([]);
  });

  it('sends one e-mail per minute per account', async () => {
    const resident = await registerResident(api);
    await requestReset(resident.email);
    await requestReset(resident.email);
    expect(await resetLinks(resident.id)).toHaveLength(1);
  });

  it('refuses an expired token, a weak password (keeping the token) and an unknown token', async () => {
    const resident = await registerResident(api);
    await requestReset(resident.email);
    const token = tokenOf((await resetLinks(resident.id))[0]);

    const weak = await complete(token, 'kort');
    expect(weak.status).toBe(400);
    expect(weak.body.invalidParams).toEqual([expect.objectContaining({ name: 'newPassword' })]);

    await dataSource.query(`UPDATE password_reset SET expires_at = now() - interval '1 minute' WHERE user_id = $1`, [resident.id]);
    expect((await complete(token)).status).toBe(400);
    expect((await complete('not-a-real-token')).status).toBe(400);
    await signIn(api, resident.email, RESIDENT_PASSWORD);
  });

  it('validates the request, naming the field', async () => {
    const response = await requestReset('not-an-email');
    expect(response.status).toBe(400);
    expect(response.body.invalidParams).toEqual([expect.objectContaining({ name: 'email' })]);
  });
});
