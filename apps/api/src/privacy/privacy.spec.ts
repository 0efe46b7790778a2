import { DataSource } from 'typeorm';
import { amsterdamDate, addDays } from '../common/dates';
import { createTestApp, signIn, TestApp } from '../../test/test-app';
import { postVacancy } from '../../test/marketplace-fixtures';
import { auditOf, DEMO, registerResident, RESIDENT_PASSWORD, signInWithId } from '../../test/residents';
import { RetentionService } from './retention.service';

describe('privacy rights', () => {
  let api: TestApp;
  let caseworker: { auth: { Authorization: string }; id: string };
  let admin: { Authorization: string };
  let employerId: string;
  let dataSource: DataSource;

  beforeAll(async () => {
    api = await createTestApp();
    caseworker = await signInWithId(api, DEMO.caseworker);
    admin = await signIn(api, DEMO.administrator);
    employerId = (await api.http().get('/api/v1/users/me').set(await signIn(api, DEMO.employer))).body.employerId;
    dataSource = api.app.get(DataSource);
  });
  afterAll(() => api.app.close());

  /** A resident with a case: intake (read once), an appointment, a placement with a check-in note. */
  async function residentWithCase(name = 'Privacy Inwoner') {
    const resident = await registerResident(api, 'GM1509', name);
    await api.http().put(`/api/v1/seekers/${resident.id}/intake`).set(caseworker.auth)
      .send({ status: 'final', segment: 2, supportNeeds: [{ area: 'debts', description: 'Schuld 7733-GEHEIM', referralStatus: 'referred' }], notes: 'Notitie 7733' }).expect(200);
    await api.http().get(`/api/v1/seekers/${resident.id}/intake?purpose=voorbereiding%20gesprek`).set(caseworker.auth).expect(200);
    const soon = (hours: number) => new Date(Date.now() + hours * 3600_000).toISOString();
    await api.http().post('/api/v1/appointments').set(caseworker.auth)
      .send({ seekerId: resident.id, startsAt: soon(30), endsAt: soon(31), mode: 'in-person', location: 'Spreekkamer 7733', purpose: 'Bespreken schulden' }).expect(201);
    const placement = (await api.http().post('/api/v1/placements').set(caseworker.auth)
      .send({ seekerId: resident.id, employerId, kind: 'regular', startDate: addDays(amsterdamDate(), -10), hoursPerWeek: 20 }).expect(201)).body;
    await api.http().post(`/api/v1/placements/${placement.id}/check-ins`).set(caseworker.auth).send({ milestone: 'week-1', outcome: 'going-well', note: 'Check-in 7733' }).expect(201);
    return { ...resident, placementId: placement.id as string };
  }

  it('exports everything about the resident, including who read the intake, to the resident', async () => {
    const resident = await residentWithCase('Export Inwoner');
    const response = await api.http().get('/api/v1/seekers/me/export').set(resident.auth);
    expect(response.status).toBe(200);
    expect(response.headers['content-disposition']).toBe(`attachment; filename="meedoen-gegevens-${resident.id}.json"`);
    const { account, data, auditTrail } = response.body;
    expect(account).toMatchObject({ id: resident.id, email: resident.email, displayName: 'Export Inwoner', municipalityCode: 'GM1509' });
    expect(data.caseFile).toMatchObject({ segment: 2, status: 'placed', caseworker: null });
    expect(data.intake).toMatchObject({ status: 'final', supportNeeds: [expect.objectContaining({ description: 'Schuld 7733-GEHEIM' })], notes: 'Notitie 7733' });
    expect(data.appointments).toEqual([expect.objectContaining({ location: 'Spreekkamer 7733', status: 'planned' })]);
    expect(data.placements).toEqual([expect.objectContaining({ id: resident.placementId, checkIns: expect.arrayContaining([expect.objectContaining({ note: 'Check-in 7733' })]) })]);
    const reads = auditTrail.filter((event: { action: string }) => event.action === 'intake.read');
    expect(reads).toEqual([
      { occurredAt: expect.any(String), action: 'intake.read', actor: { id: caseworker.id, role: 'caseworker', displayName: 'Fatima El Amrani' }, purpose: 'voorbereiding gesprek' },
    ]);
    expect(auditTrail.map((event: { action: string }) => event.action)).toEqual(expect.arrayContaining(['account.created', 'intake.recorded', 'placement.created', 'seeker.exported']));
  });

  it("lets the municipality's caseworkers and administrators export, and no one else", async () => {
    const resident = await registerResident(api, 'GM1509');
    expect((await api.http().get(`/api/v1/seekers/${resident.id}/export`).set(caseworker.auth)).status).toBe(200);
    expect((await api.http().get(`/api/v1/seekers/${resident.id}/export`).set(admin)).status).toBe(200);
    expect((await api.http().get(`/api/v1/seekers/${resident.id}/export`).set(await signIn(api, DEMO.berkellandCaseworker))).status).toBe(404);
    expect((await api.http().get(`/api/v1/seekers/${resident.id}/export`).set(await signIn(api, DEMO.employer))).status).toBe(403);
    const other = await registerResident(api);
    expect((await api.http().get(`/api/v1/seekers/${resident.id}/export`).set(other.auth)).status).toBe(404);
    expect((await api.http().get('/api/v1/seekers/someone/export').set(other.auth)).status).toBe(400);
    const events = await auditOf(api, admin, resident.id, 'seeker.exported');
    expect(events.map((event) => event.actorUserId).sort()).toEqual([caseworker.id, (await api.http().get('/api/v1/users/me').set(admin)).body.id].sort());
  });

  it('erases the personal data on request and keeps the statistics', async () => {
    const resident = await residentWithCase('Wis Mij');
    const before = (await api.http().get('/api/v1/reports/placements-by-kind').set(caseworker.auth)).body.placementsByKind.total;
    const response = await api.http().delete('/api/v1/seekers/me').set(resident.auth);
    expect(response.status).toBe(204);

    expect((await api.http().get('/api/v1/users/me').set(resident.auth)).status).toBe(401);
    expect((await api.http().post('/api/v1/sessions').send({ email: resident.email, password: RESIDENT_PASSWORD })).status).toBe(401);
    const [user] = await dataSource.query('SELECT email, display_name, anonymised_at FROM "user" WHERE id = $1', [resident.id]);
    expect(user).toMatchObject({ email: `verwijderd-${resident.id}@meedoen.invalid`, display_name: 'Verwijderde inwoner' });
    expect(user.anonymised_at).not.toBeNull();
    const everything = JSON.stringify(await dataSource.query(
      `SELECT (SELECT json_agg(i) FROM intake i WHERE seeker_id = $1) AS intake, (SELECT json_agg(a) FROM appointment a WHERE seeker_id = $1) AS appointments,
              (SELECT json_agg(c) FROM placement_check_in c JOIN placement p ON p.id = c.placement_id WHERE p.seeker_id = $1) AS check_ins`, [resident.id]));
    expect(everything).not.toContain('7733');
    expect(everything).not.toContain('Wis Mij');
    expect(await dataSource.query('SELECT status FROM appointment WHERE seeker_id = $1', [resident.id])).toEqual([{ status: 'cancelled' }]);
    const [intake] = await dataSource.query('SELECT segment, status, sealed_content FROM intake WHERE seeker_id = $1', [resident.id]);
    expect(intake).toEqual({ segment: 2, status: 'final', sealed_content: null });

    expect((await api.http().get('/api/v1/reports/placements-by-kind').set(caseworker.auth)).body.placementsByKind.total).toBe(before);
    expect((await api.http().get(`/api/v1/seekers/${resident.id}/case-file`).set(caseworker.auth)).status).toBe(404);
    expect((await api.http().get(`/api/v1/seekers/${resident.id}/export`).set(admin)).status).toBe(404);
    expect((await api.http().get(`/api/v1/seekers?q=Wis%20Mij`).set(caseworker.auth)).body.total).toBe(0);
    expect((await auditOf(api, admin, resident.id, 'seeker.erased'))[0].details).toEqual({ reason: 'request' });
    expect((await api.http().delete(`/api/v1/seekers/${resident.id}`).set(admin)).status).toBe(404);
  });

  it('exports the profile, applications and proposals, and erasure anonymises them', async () => {
    const employer = await signIn(api, DEMO.employer);
    const resident = await registerResident(api, 'GM1509', 'Profiel 8844');
    await api.http().patch('/api/v1/seekers/me').set(resident.auth)
      .send({ postcode: '7071 AB', visibility: 'employers-anonymous', experience: [{ occupationId: '9112.2', years: 3, description: 'Werk 8844' }] }).expect(200);
    const vacancyId = await postVacancy(api, employer);
    const { id: applicationId } = (await api.http().post('/api/v1/applications').set(resident.auth).send({ vacancyId, motivation: 'Motivatie 8844' }).expect(201)).body;
    await api.http().patch(`/api/v1/applications/${applicationId}`).set(employer).send({ status: 'in-review', note: 'Notitie 8844' }).expect(200);
    const proposed = await postVacancy(api, employer);
    await api.http().post(`/api/v1/vacancies/${proposed}/proposals`).set(caseworker.auth).send({ seekerId: resident.id, note: 'Voordracht 8844' }).expect(201);

    const { data } = (await api.http().get('/api/v1/seekers/me/export').set(resident.auth).expect(200)).body;
    expect(data.profile).toMatchObject({ seekerId: resident.id, postcode: '7071', visibility: 'employers-anonymous', experience: [expect.objectContaining({ description: 'Werk 8844' })] });
    expect(data.applications).toEqual([expect.objectContaining({ id: applicationId, motivation: 'Motivatie 8844', status: 'in-review' })]);
    expect(data.proposals).toEqual([expect.objectContaining({ note: 'Voordracht 8844', status: 'awaiting-consent' })]);

    await api.http().delete('/api/v1/seekers/me').set(resident.auth).expect(204);
    const everything = JSON.stringify(await dataSource.query(
      `SELECT (SELECT json_agg(p) FROM seeker_profile p WHERE user_id = $1) AS profile, (SELECT json_agg(a) FROM application a WHERE seeker_user_id = $1) AS applications,
              (SELECT json_agg(e) FROM application_event e JOIN application a ON a.id = e.application_id WHERE a.seeker_user_id = $1) AS steps,
              (SELECT json_agg(pr) FROM proposal pr WHERE seeker_user_id = $1) AS proposals`, [resident.id]));
    expect(everything).not.toContain('8844');
    expect(await dataSource.query('SELECT visibility, postcode FROM seeker_profile WHERE user_id = $1', [resident.id])).toEqual([{ visibility: 'hidden', postcode: null }]);
    const seen = await api.http().get(`/api/v1/applications/${applicationId}`).set(employer);
    expect(seen.body).toMatchObject({ status: 'in-review', seeker: { displayName: 'Verwijderde inwoner' }, motivation: null });
  });

  it('lets only the resident or an administrator erase', async () => {
    const resident = await registerResident(api);
    expect((await api.http().delete(`/api/v1/seekers/${resident.id}`).set(caseworker.auth)).status).toBe(403);
    expect((await api.http().delete(`/api/v1/seekers/${resident.id}`).set(await signIn(api, DEMO.employer))).status).toBe(403);
    const other = await registerResident(api);
    expect((await api.http().delete(`/api/v1/seekers/${resident.id}`).set(other.auth)).status).toBe(404);
    expect((await api.http().get('/api/v1/users/me').set(resident.auth)).status).toBe(200);
    expect((await api.http().delete(`/api/v1/seekers/${resident.id}`).set(admin)).status).toBe(204);
  });

  describe('retention', () => {
    const longAgo = "now() - interval '3 years'";
    const makeInactive = (id: string) =>
      dataSource.query(`UPDATE "user" SET created_at = ${longAgo}, last_sign_in_at = ${longAgo} WHERE id = $1`, [id]);
    const warnedAt = async (id: string) => (await dataSource.query('SELECT retention_warned_at FROM "user" WHERE id = $1', [id]))[0].retention_warned_at;

    it('warns inactive residents, anonymises them after the grace period, and spares active ones', async () => {
      const retention = api.app.get(RetentionService);
      const inactive = await registerResident(api, 'GM1509', 'Lang Weg');
      const working = await registerResident(api);
      const back = await registerResident(api);
      await api.http().post('/api/v1/placements').set(caseworker.auth).send({ seekerId: working.id, employerId, kind: 'volunteer', startDate: '2023-01-01', hoursPerWeek: 8 }).expect(201);
      await dataSource.query(`UPDATE case_file SET updated_at = ${longAgo} WHERE seeker_id = $1`, [working.id]);
      for (const id of [inactive.id, working.id, back.id]) await makeInactive(id);

      await retention.run();
      expect(await warnedAt(inactive.id)).not.toBeNull();
      expect(await warnedAt(back.id)).not.toBeNull();
      expect(await warnedAt(working.id)).toBeNull();
      expect((await auditOf(api, admin, inactive.id, 'seeker.retention-warned'))).toHaveLength(1);

      await signIn(api, back.email, RESIDENT_PASSWORD);
      await retention.run();
      expect(await warnedAt(back.id)).toBeNull();
      expect((await auditOf(api, admin, inactive.id, 'seeker.retention-warned'))).toHaveLength(1);

      await dataSource.query(`UPDATE "user" SET retention_warned_at = now() - interval '31 days' WHERE id = $1`, [inactive.id]);
      await retention.run();
      const [user] = await dataSource.query('SELECT display_name, anonymised_at FROM "user" WHERE id = $1', [inactive.id]);
      expect(user.display_name).toBe('Verwijderde inwoner');
      expect((await auditOf(api, admin, inactive.id, 'seeker.erased'))[0]).toMatchObject({ actorUserId: null, details: { reason: 'retention' } });
    });
  });
});
