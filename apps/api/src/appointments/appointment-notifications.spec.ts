import { DataSource } from 'typeorm';
import { DEMO, registerResident, signInWithId } from '../../test/residents';
import { SmtpSink } from '../../test/smtp-sink';
import { TestApp } from '../../test/test-app';
import { startWorkerHarness, WorkerHarness } from '../../test/worker-harness';
import { APPOINTMENT_REMINDER } from './appointment-events';

const inHours = (hours: number) => new Date(Date.now() + hours * 3600_000).toISOString();

describe('appointment messages and reminders (real worker, PostgreSQL, Redis and SMTP)', () => {
  let harness: WorkerHarness;
  let sink: SmtpSink;
  let api: TestApp;
  let caseworker: { auth: { Authorization: string }; id: string };

  const sql = (query: string, params: unknown[] = []) => api.app.get(DataSource).query(query, params);
  const plan = (seekerId: string, startsInHours = 48) =>
    api.http().post('/api/v1/appointments').set(caseworker.auth)
      .send({ seekerId, startsAt: inHours(startsInHours), endsAt: inHours(startsInHours + 1), mode: 'in-person', location: 'Gemeentehuis Gendringen', purpose: 'Plan van aanpak' })
      .expect(201).then((response) => response.body as { id: string; startsAt: string });
  const patch = (id: string, body: object) => api.http().patch(`/api/v1/appointments/${id}`).set(caseworker.auth).send(body);
  const scheduledReminders = (appointmentId: string): Promise<{ hours: number; startsAt: string; runAt: Date }[]> =>
    sql(
      `SELECT (payload->>'hoursBefore')::int AS hours, payload->>'startsAt' AS "startsAt", run_at AS "runAt" FROM outbox_event
        WHERE type = $1 AND payload->>'appointmentId' = $2 AND dispatched_at IS NULL ORDER BY 1 DESC`,
      [APPOINTMENT_REMINDER, appointmentId],
    );
  /** As if the time of the reminders came. */
  const makeRemindersDue = (appointmentId: string) =>
    sql(`UPDATE outbox_event SET run_at = now() WHERE type = $1 AND payload->>'appointmentId' = $2 AND dispatched_at IS NULL`, [APPOINTMENT_REMINDER, appointmentId]);
  const inApp = (userId: string): Promise<{ template: string; title: string }[]> =>
    sql(`SELECT template, title FROM notification WHERE user_id = $1 AND template LIKE 'appointment-%' ORDER BY created_at, template`, [userId]);
  const settle = () => harness.settle();

  beforeAll(async () => {
    harness = await startWorkerHarness('appointments');
    ({ api, sink } = harness);
    caseworker = await signInWithId(api, DEMO.caseworker);
  });
  afterAll(() => harness?.close());

  it('tells the resident of a new appointment and reminds them 24 and 2 hours before, once each', async () => {
    const resident = await registerResident(api);
    const appointment = await plan(resident.id);
    const reminders = await scheduledReminders(appointment.id);
    expect(reminders.map((reminder) => reminder.hours)).toEqual([24, 2]);
    expect(reminders.map((reminder) => reminder.runAt.getTime())).toEqual([24, 2].map((hours) => Date.parse(appointment.startsAt) - hours * 3600_000));

    await makeRemindersDue(appointment.id);
    const aboutAppointments = () => sink.received.filter((mail) => mail.to.includes(resident.email) && !mail.subject.startsWith('Welkom'));
    await sink.waitFor(() => aboutAppointments().length === 3);
    await settle();
    const mails = aboutAppointments();
    expect(mails.map((mail) => mail.subject).sort()).toEqual([
      'Morgen: afspraak met je regisseur',
      expect.stringMatching(/^Nieuwe afspraak: \w+dag \d+ \w+ om \d\d:\d\d$/),
      'Straks: afspraak met je regisseur',
    ]);
    expect(mails.find((mail) => mail.subject.startsWith('Straks'))!.text).toContain('Waar: Gemeentehuis Gendringen');
    expect(mails.every((mail) => mail.headers['list-unsubscribe'] !== undefined)).toBe(true);
    expect((await inApp(resident.id)).map((item) => item.template).sort()).toEqual(['appointment-planned', 'appointment-reminder', 'appointment-reminder']);
  });

  it('moves the reminders with a moved appointment, and sends none for a cancelled one', async () => {
    const resident = await registerResident(api);
    const appointment = await plan(resident.id);
    const moved = await patch(appointment.id, { startsAt: inHours(72), endsAt: inHours(73) });
    expect(moved.status).toBe(200);
    expect(moved.body.status).toBe('planned');
    const reminders = await scheduledReminders(appointment.id);
    expect(reminders).toHaveLength(2);
    expect(reminders.every((reminder) => reminder.startsAt === moved.body.startsAt)).toBe(true);

    // A reminder of the old time that was already on its way finds the appointment moved and sends nothing.
    await sql(
      `INSERT INTO outbox_event (id, type, queue, payload) VALUES (gen_random_uuid(), $1, 'events', $2)`,
      [APPOINTMENT_REMINDER, { appointmentId: appointment.id, startsAt: appointment.startsAt, hoursBefore: 2 }],
    );
    await settle();
    const cancelled = await patch(appointment.id, { status: 'cancelled', cancellationReason: 'Je regisseur is ziek' });
    expect(cancelled.status).toBe(200);
    expect(await scheduledReminders(appointment.id)).toEqual([]);
    await sink.waitFor((mails) => mails.some((mail) => mail.to.includes(resident.email) && mail.subject.includes('gaat niet door')));
    await settle();
    const templates = (await inApp(resident.id)).map((item) => item.template);
    expect(templates).toEqual(['appointment-planned', 'appointment-moved', 'appointment-cancelled']);
    const cancellation = sink.received.find((mail) => mail.to.includes(resident.email) && mail.subject.includes('gaat niet door'))!;
    expect(cancellation.text).toContain('De reden: Je regisseur is ziek');
  });

  it('moving checks the new time and is only for the caseworker', async () => {
    const resident = await registerResident(api);
    const appointment = await plan(resident.id);
    const past = await patch(appointment.id, { startsAt: inHours(-2), endsAt: inHours(-1) });
    expect(past.status).toBe(422);
    expect(past.body.invalidParams[0].name).toBe('startsAt');
    const halfway = await patch(appointment.id, { startsAt: inHours(10) });
    expect(halfway.status).toBe(400);
    expect(halfway.body.invalidParams[0].name).toBe('endsAt');
    const byResident = await api.http().patch(`/api/v1/appointments/${appointment.id}`).set(resident.auth).send({ startsAt: inHours(10), endsAt: inHours(11) });
    expect(byResident.status).toBe(403);
  });

  it('on a no-show, tells the resident kindly and points the caseworker to the follow-up action', async () => {
    const resident = await registerResident(api, 'GM1509', 'Mees Gemist');
    const appointment = await plan(resident.id);
    await sql(`UPDATE appointment SET starts_at = now() - interval '2 hours', ends_at = now() - interval '1 hour' WHERE id = $1`, [appointment.id]);
    expect((await patch(appointment.id, { status: 'no-show' })).status).toBe(200);
    await sink.waitFor((mails) => mails.some((mail) => mail.to.includes(resident.email) && mail.subject === 'We hebben je gemist bij je afspraak'));
    await settle();
    const kind = sink.received.find((mail) => mail.subject === 'We hebben je gemist bij je afspraak' && mail.to.includes(resident.email))!;
    expect(kind.text).toContain('Dat kan gebeuren.');
    const forCaseworker: { title: string; link: string }[] = await sql(`SELECT title, link FROM notification WHERE user_id = $1 AND template = 'appointment-no-show'`, [caseworker.id]);
    expect(forCaseworker).toContainEqual({ title: 'Niet verschenen: Mees Gemist', link: `/regie/werkzoekenden/${resident.id}` });
    const actions = (await api.http().get(`/api/v1/seekers/${resident.id}/case-actions`).set(caseworker.auth)).body.items;
    expect(actions).toEqual([expect.objectContaining({ kind: 'no-show-follow-up', sourceId: appointment.id })]);
  });
});
