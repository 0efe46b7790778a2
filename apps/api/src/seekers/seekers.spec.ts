import { DataSource } from 'typeorm';
import { Auth, paramNames, registerSeeker, verifiedEmployer } from '../../test/marketplace-fixtures';
import { createTestApp, signIn, TestApp } from '../../test/test-app';

describe('seeker profiles', () => {
  let api: TestApp;
  let caseworker: Auth;
  let otherCaseworker: Auth;
  let admin: Auth;
  let employer: { id: string; auth: Auth };

  beforeAll(async () => {
    api = await createTestApp();
    caseworker = await signIn(api, 'demo.regisseur@meedoen.test');
    admin = await signIn(api, 'demo.beheerder@meedoen.test');
    const [eindhovenCaseworker] = await api.app.get(DataSource).query(`SELECT email FROM "user" WHERE role = 'caseworker' AND municipality_code = 'GM0772'`);
    await api.app.get(DataSource).query(`UPDATE "user" SET password_hash = (SELECT password_hash FROM "user" WHERE email = 'demo.regisseur@meedoen.test') WHERE email = $1`, [eindhovenCaseworker.email]);
    otherCaseworker = await signIn(api, eindhovenCaseworker.email);
    employer = await verifiedEmployer(api, caseworker);
  });
  afterAll(() => api.app.close());

  const profile = {
    skills: [
      { skillId: 'office-cleaning', level: 2, source: 'self-declared' },
      { skillId: 'vacuuming', level: 3, source: 'certificate' },
    ],
    wantedOccupations: ['9112.2'],
    interests: ['cleaning', 'green'],
    hoursMin: 16,
    hoursMax: 24,
    hoursPreferred: 20,
    availability: [{ day: 'mon', part: 'morning' }, { day: 'tue', part: 'morning' }],
    postcode: '7071 AB',
    travel: [{ mode: 'bike', maxMinutes: 30 }, { mode: 'public-transport', maxMinutes: 45, maxKm: 25 }],
    hasDrivingLicence: false,
    dutchLevel: 'B1',
    educationLevel: 'mbo-2',
    experience: [{ occupationId: '9112.2', years: 3, description: 'Schoonmaak bij Bedrijf X' }],
    limitations: ['no-heavy-lifting'],
    unwantedKinds: ['volunteer'],
    supportNeeded: ['job-coach'],
    availableFrom: '2026-03-01',
  };

  it('gives a new seeker an empty profile, visible to caseworkers only', async () => {
    const seeker = await registerSeeker(api);
    const response = await api.http().get('/api/v1/seekers/me').set(seeker.auth);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ seekerId: seeker.id, view: 'full', visibility: 'caseworkers', skills: [], hoursMin: null, availability: null });
    expect(response.body.region).toEqual({ municipalityCode: 'GM1509', municipalityName: 'Oude IJsselstreek', region: 'Achterhoek' });
  });

  it('lets the seeker fill in the profile, with labels and only the postcode area kept', async () => {
    const seeker = await registerSeeker(api);
    const response = await api.http().patch('/api/v1/seekers/me').set(seeker.auth).send(profile);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      ...profile,
      postcode: '7071',
      skills: [{ skillId: 'office-cleaning', label: 'kantoren schoonmaken', level: 2, source: 'self-declared' }, { skillId: 'vacuuming', level: 3 }],
      wantedOccupations: [{ occupationId: '9112.2', label: 'schoonmaker' }],
      experience: [{ occupationId: '9112.2', years: 3, description: 'Schoonmaak bij Bedrijf X' }],
    });
    const again = await api.http().get(`/api/v1/seekers/${seeker.id}`).set(seeker.auth);
    expect(again.body.hoursPreferred).toBe(20);
    const cleared = await api.http().patch('/api/v1/seekers/me').set(seeker.auth).send({ availability: null, postcode: null });
    expect(cleared.body).toMatchObject({ availability: null, postcode: null, hoursMin: 16 });
  });

  it('lets only a caseworker confirm a skill; the seeker may keep it', async () => {
    const seeker = await registerSeeker(api);
    const confirmed = [{ skillId: 'forklift-driving', level: 2, source: 'caseworker-confirmed' }];
    const refused = await api.http().patch('/api/v1/seekers/me').set(seeker.auth).send({ skills: confirmed });
    expect(refused.status).toBe(403);
    expect(paramNames(refused.body)).toEqual(['skills[0].source']);
    expect((await api.http().patch(`/api/v1/seekers/${seeker.id}`).set(caseworker).send({ skills: confirmed })).status).toBe(200);
    const kept = await api.http().patch('/api/v1/seekers/me').set(seeker.auth).send({ skills: [...confirmed, { skillId: 'dusting', level: 1, source: 'self-declared' }] });
    expect(kept.status).toBe(200);
    const raised = await api.http().patch('/api/v1/seekers/me').set(seeker.auth).send({ skills: [{ ...confirmed[0], level: 3 }] });
    expect(raised.status).toBe(403);
  });

  it('logs every change of visibility with time and who made it', async () => {
    const seeker = await registerSeeker(api);
    await api.http().patch('/api/v1/seekers/me').set(seeker.auth).send({ visibility: 'employers-anonymous' });
    await api.http().patch('/api/v1/seekers/me').set(seeker.auth).send({ visibility: 'employers-anonymous', hoursMax: 30 });
    await api.http().patch(`/api/v1/seekers/${seeker.id}`).set(caseworker).send({ visibility: 'hidden' });
    const log = await api.http().get('/api/v1/seekers/me/consent-events').set(seeker.auth);
    expect(log.status).toBe(200);
    expect(log.body.items.map((e: { fromValue: string; toValue: string; actorRole: string }) => [e.fromValue, e.toValue, e.actorRole])).toEqual([
      ['caseworkers', 'employers-anonymous', 'seeker'],
      ['employers-anonymous', 'hidden', 'caseworker'],
    ]);
    expect(log.body.items[0].occurredAt).toMatch(/^\d{4}-\d\d-\d\dT.*Z$/);
    expect((await api.http().get(`/api/v1/seekers/${seeker.id}/consent-events`).set(caseworker)).status).toBe(200);
    expect((await api.http().get(`/api/v1/seekers/${seeker.id}/consent-events`).set(employer.auth)).status).toBe(404);
  });

  it('shows employers an anonymous profile only when the seeker chose to be visible', async () => {
    const seeker = await registerSeeker(api);
    await api.http().patch('/api/v1/seekers/me').set(seeker.auth).send(profile);
    expect((await api.http().get(`/api/v1/seekers/${seeker.id}`).set(employer.auth)).status).toBe(404);
    await api.http().patch('/api/v1/seekers/me').set(seeker.auth).send({ visibility: 'employers-anonymous' });
    const anonymous = await api.http().get(`/api/v1/seekers/${seeker.id}`).set(employer.auth);
    expect(anonymous.status).toBe(200);
    expect(anonymous.body).toMatchObject({ view: 'anonymous', hoursMin: 16, region: { municipalityName: 'Oude IJsselstreek' }, experience: [{ occupationId: '9112.2', years: 3 }] });
    for (const hidden of ['displayName', 'email', 'postcode', 'travel', 'limitations', 'supportNeeded', 'visibility']) expect(anonymous.body).not.toHaveProperty(hidden);
    expect(anonymous.body.experience[0]).not.toHaveProperty('description');
    expect(JSON.stringify(anonymous.body)).not.toContain('Ahmed');
  });

  it('keeps profiles from other seekers, caseworkers of other municipalities and administrators', async () => {
    const seeker = await registerSeeker(api);
    const other = await registerSeeker(api);
    expect((await api.http().get(`/api/v1/seekers/${seeker.id}`).set(other.auth)).status).toBe(404);
    expect((await api.http().patch(`/api/v1/seekers/${seeker.id}`).set(other.auth).send({ hoursMax: 1 })).status).toBe(404);
    expect((await api.http().get(`/api/v1/seekers/${seeker.id}`).set(otherCaseworker)).status).toBe(404);
    expect((await api.http().get(`/api/v1/seekers/${seeker.id}`).set(caseworker)).body.view).toBe('full');
    expect((await api.http().get(`/api/v1/seekers/${seeker.id}`).set(admin)).status).toBe(403);
    expect((await api.http().patch(`/api/v1/seekers/${seeker.id}`).set(employer.auth).send({ hoursMax: 1 })).status).toBe(403);
    expect((await api.http().get('/api/v1/seekers/me').set(employer.auth)).status).toBe(404);
    expect((await api.http().get('/api/v1/seekers/not-an-id').set(caseworker)).status).toBe(400);
  });

  describe('bad input: 4xx naming the field, nothing written', () => {
    const cases: [string, Record<string, unknown>, number, string][] = [
      ['an unknown skill', { skills: [{ skillId: 'juggling-chainsaws', level: 1, source: 'self-declared' }] }, 422, 'skills[0].skillId'],
      ['an unknown skill source', { skills: [{ skillId: 'dusting', level: 1, source: 'rumour' }] }, 400, 'skills[0].source'],
      ['hoursMin above hoursMax', { hoursMin: 30, hoursMax: 10 }, 400, 'hoursMin'],
      ['negative hours', { hoursMax: -1 }, 400, 'hoursMax'],
      ['an unknown occupation', { wantedOccupations: ['0000.0'] }, 422, 'wantedOccupations[0]'],
      ['a malformed postcode', { postcode: 'DROP TABLE' }, 400, 'postcode'],
      ['an unknown postcode area', { postcode: '1000' }, 422, 'postcode'],
      ['travel without a limit', { travel: [{ mode: 'bike' }] }, 400, 'travel[0].maxMinutes'],
      ['a travel mode twice', { travel: [{ mode: 'bike', maxKm: 5 }, { mode: 'bike', maxKm: 10 }] }, 400, 'travel'],
      ['a diagnosis as limitation', { limitations: ['depression'] }, 400, 'limitations'],
      ['an unknown visibility', { visibility: 'public' }, 400, 'visibility'],
      ['an unknown field', { bsn: '123456782' }, 400, 'bsn'],
    ];
    it.each(cases)('refuses %s', async (_name, body, status, field) => {
      const seeker = await registerSeeker(api);
      await api.http().patch('/api/v1/seekers/me').set(seeker.auth).send({ hoursMin: 8, hoursMax: 16 });
      const response = await api.http().patch('/api/v1/seekers/me').set(seeker.auth).send({ ...body, interests: ['care'] });
      expect(response.status).toBe(status);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(paramNames(response.body).some((name) => name.startsWith(field))).toBe(true);
      expect((await api.http().get('/api/v1/seekers/me').set(seeker.auth)).body).toMatchObject({ interests: [], hoursMin: 8, hoursMax: 16 });
    });
  });
});
