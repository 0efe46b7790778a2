import { DataSource } from 'typeorm';
import { createTestApp, signIn, TestApp } from '../../test/test-app';
import { DEMO, registerResident, signInWithId } from '../../test/residents';

const inHours = (hours: number) => new Date(Date.now() + hours * 3600_000).toISOString();

describe('appointments', () => {
  let api: TestApp;
  let caseworker: { auth: { Authorization: string }; id: string };
  let dataSource: DataSource;

  beforeAll(async () => {
    api = await createTestApp();
    caseworker = await signInWithId(api, DEMO.caseworker);
    dataSource = api.app.get(DataSource);
  });
  afterAll(() => api.app.close());

  const plan = (body: object, auth = caseworker.auth) => api.http().post('/api/v1/appointments').set(auth).send(body);
  const patch = (id: string, body: object, auth = caseworker.auth) => api.http().patch(`/api/v1/appointments/${id}`).set(auth).send(body);
  const meeting = (seekerId: string, extra: object = {}) => ({
    seekerId, startsAt: inHours(48), endsAt: inHours(49), mode: 'in-person', location: 'Gemeentehuis Gendringen', purpose: 'Bespreken plan van aanpak', ...extra,
  });
  /** Moves an appointment's start into the past, as if time went by. */
  const timeTravel = (id: string) => dataSource.query(`UPDATE appointment SET starts_at = now() - interval '2 hours', ends_at = now() - interval '1 hour' WHERE id = $1`, [id]);

  it('is planned by the caseworker and confirmed by the resident', async () => {
    const resident = await registerResident(api, 'GM1509', 'Afspraak Maker');
    const planned = await plan(meeting(resident.id));
    expect(planned.status).toBe(201);
    expect(planned.body).toMatchObject({
      status: 'planned', mode: 'in-person', location: 'Gemeentehuis Gendringen',
      seeker: { id: resident.id, displayName: 'Afspraak Maker' }, caseworker: { id: caseworker.id },
    });
    const own = await api.http().get('/api/v1/appointments').set(resident.auth);
    expect(own.body.items.map((item: { id: string }) => item.id)).toEqual([planned.body.id]);

    expect((await patch(planned.body.id, { status: 'attended' }, resident.auth)).status).toBe(403);
    expect((await patch(planned.body.id, { status: 'confirmed' })).status).toBe(403);
    const confirmed = await patch(planned.body.id, { status: 'confirmed' }, resident.auth);
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.status).toBe('confirmed');
    expect(confirmed.body.confirmedAt).not.toBeNull();
    expect((await patch(planned.body.id, { status: 'confirmed' }, resident.auth)).status).toBe(409);

    const listed = await api.http().get(`/api/v1/appointments?seekerId=${resident.id}&status=confirmed`).set(caseworker.auth);
    expect(listed.body.total).toBe(1);
  });

  it('supports video appointments with an https link', async () => {
    const resident = await registerResident(api);
    const video = await plan(meeting(resident.id, { mode: 'video', location: undefined, videoUrl: 'https://meet.example.nl/abc' }));
    expect(video.status).toBe(201);
    expect(video.body.videoUrl).toBe('https://meet.example.nl/abc');
    const noLink = await plan(meeting(resident.id, { mode: 'video', location: undefined }));
    expect(noLink.status).toBe(400);
    expect(noLink.body.invalidParams[0].name).toBe('videoUrl');
  });

  it('records attended (last contact) and no-show (a follow-up action), once the appointment started', async () => {
    const resident = await registerResident(api);
    const attended = (await plan(meeting(resident.id))).body;
    const early = await patch(attended.id, { status: 'attended' });
    expect(early.status).toBe(422);
    expect(early.body.invalidParams[0].name).toBe('status');
    await timeTravel(attended.id);
    expect((await patch(attended.id, { status: 'attended' })).body.status).toBe('attended');
    expect((await patch(attended.id, { status: 'no-show' })).status).toBe(409);
    const caseFile = (await api.http().get(`/api/v1/seekers/${resident.id}/case-file`).set(caseworker.auth)).body;
    expect(caseFile.lastContactAt).not.toBeNull();
    expect(caseFile.openActions).toBe(0);

    const missed = (await plan(meeting(resident.id))).body;
    await timeTravel(missed.id);
    const noShow = await patch(missed.id, { status: 'no-show' });
    expect(noShow.body.status).toBe('no-show');
    const actions = (await api.http().get(`/api/v1/seekers/${resident.id}/case-actions`).set(caseworker.auth)).body.items;
    expect(actions).toEqual([expect.objectContaining({ kind: 'no-show-follow-up', sourceId: missed.id, doneAt: null })]);
    expect((await api.http().get(`/api/v1/seekers/${resident.id}/case-file`).set(caseworker.auth)).body.openActions).toBe(1);
  });

  it('needs a reason to cancel', async () => {
    const resident = await registerResident(api);
    const appointment = (await plan(meeting(resident.id))).body;
    expect((await patch(appointment.id, { status: 'cancelled' })).status).toBe(400);
    const cancelled = await patch(appointment.id, { status: 'cancelled', cancellationReason: 'Inwoner is ziek' });
    expect(cancelled.body).toMatchObject({ status: 'cancelled', cancellationReason: 'Inwoner is ziek' });
    expect((await patch(appointment.id, { status: 'confirmed' }, resident.auth)).status).toBe(409);
  });

  it('refuses appointments in the past or ending before they start (422, nothing written)', async () => {
    const resident = await registerResident(api);
    const past = await plan(meeting(resident.id, { startsAt: inHours(-1), endsAt: inHours(1) }));
    expect(past.status).toBe(422);
    expect(past.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(past.body.invalidParams[0].name).toBe('startsAt');
    const backwards = await plan(meeting(resident.id, { startsAt: inHours(5), endsAt: inHours(4) }));
    expect(backwards.status).toBe(422);
    expect(backwards.body.invalidParams[0].name).toBe('endsAt');
    for (const [field, value] of [['startsAt', '2026-12-01 10:00'], ['startsAt', '2026-12-01T10:00:00'], ['endsAt', '2026-02-30T10:00:00Z']]) {
      const malformed = await plan(meeting(resident.id, { [field]: value }));
      expect(malformed.status).toBe(400);
      expect(malformed.body.invalidParams[0].name).toBe(field);
    }
    expect(await dataSource.query('SELECT 1 FROM appointment WHERE seeker_id = $1', [resident.id])).toEqual([]);
  });

  it("keeps appointments within the municipality and away from other people", async () => {
    const resident = await registerResident(api, 'GM1509');
    const appointment = (await plan(meeting(resident.id))).body;
    const berkelland = await signIn(api, DEMO.berkellandCaseworker);
    const foreign = await plan(meeting(resident.id), berkelland);
    expect(foreign.status).toBe(422);
    expect(foreign.body.invalidParams[0].name).toBe('seekerId');
    expect((await patch(appointment.id, { status: 'cancelled', cancellationReason: 'niet van ons' }, berkelland)).status).toBe(404);
    expect((await api.http().get('/api/v1/appointments?pageSize=100').set(berkelland)).body.items.map((item: { id: string }) => item.id)).not.toContain(appointment.id);
    const other = await registerResident(api);
    expect((await patch(appointment.id, { status: 'confirmed' }, other.auth)).status).toBe(404);
    expect((await api.http().get('/api/v1/appointments').set(other.auth)).body.total).toBe(0);
    expect((await api.http().get('/api/v1/appointments').set(await signIn(api, DEMO.employer))).status).toBe(403);
    expect((await plan(meeting(resident.id), resident.auth)).status).toBe(403);
  });

  it('filters by day and answers malformed dates with 400', async () => {
    const bad = await api.http().get('/api/v1/appointments?from=morgen').set(caseworker.auth);
    expect(bad.status).toBe(400);
    expect(bad.body.invalidParams[0].name).toBe('from');
    const resident = await registerResident(api);
    const appointment = (await plan(meeting(resident.id))).body;
    const day = new Date(appointment.startsAt).toLocaleDateString('en-CA', { timeZone: 'Europe/Amsterdam' });
    const onDay = await api.http().get(`/api/v1/appointments?from=${day}&to=${day}&seekerId=${resident.id}`).set(caseworker.auth);
    expect(onDay.body.items.map((item: { id: string }) => item.id)).toEqual([appointment.id]);
    const before = await api.http().get(`/api/v1/appointments?to=2020-01-01&seekerId=${resident.id}`).set(caseworker.auth);
    expect(before.body.total).toBe(0);
  });
});
