import { DataSource } from 'typeorm';
import { Auth, postVacancy, registerSeeker, verifiedEmployer } from '../../test/marketplace-fixtures';
import { SmtpSink } from '../../test/smtp-sink';
import { signIn, TestApp } from '../../test/test-app';
import { startWorkerHarness, WorkerHarness } from '../../test/worker-harness';

/** A cleaner in Ulft who cycles up to half an hour: matches the fixtures' cleaning job in Gendringen. */
const cleanerProfile = {
  skills: [{ skillId: 'office-cleaning', level: 2, source: 'self-declared' }],
  wantedOccupations: ['9112.2'],
  hoursMin: 16,
  hoursMax: 24,
  availability: ['mon', 'tue', 'wed'].map((day) => ({ day, part: 'morning' })),
  postcode: '7071 AB',
  travel: [{ mode: 'bike', maxMinutes: 30 }],
  dutchLevel: 'B1',
  visibility: 'employers-anonymous',
};

describe('match alerts: publishing a vacancy tells each matching resident once', () => {
  let harness: WorkerHarness;
  let sink: SmtpSink;
  let api: TestApp;
  let employer: { id: string; auth: Auth };

  const alertsTo = (email: string) => sink.received.filter((mail) => mail.to.includes(email) && mail.subject.startsWith('Nieuwe vacature voor jou'));
  const inAppAlerts = async (userId: string): Promise<{ title: string }[]> =>
    api.app.get(DataSource).query(`SELECT title FROM notification WHERE user_id = $1 AND template = 'vacancy-match'`, [userId]);

  async function resident(profile: object, alerts: { frequency: string; matchScoreThreshold?: number }) {
    const seeker = await registerSeeker(api);
    expect((await api.http().patch('/api/v1/seekers/me').set(seeker.auth).send(profile)).status).toBe(200);
    const preferences = await api.http().put('/api/v1/users/me/notification-preferences').set(seeker.auth)
      .send({ items: [{ category: 'match-alerts', channel: 'email', ...alerts }] });
    expect(preferences.status).toBe(200);
    return seeker;
  }

  beforeAll(async () => {
    harness = await startWorkerHarness('alerts');
    ({ api, sink } = harness);
    employer = await verifiedEmployer(api, await signIn(api, 'demo.regisseur@meedoen.test'));
  });
  afterAll(() => harness?.close());

  it('alerts matching residents by their choice, once, and no one else', async () => {
    const wantsAlerts = await resident(cleanerProfile, { frequency: 'instant', matchScoreThreshold: 0 });
    const switchedOff = await resident(cleanerProfile, { frequency: 'off' });
    const highBar = await resident(cleanerProfile, { frequency: 'instant', matchScoreThreshold: 100 });
    const wantsOtherWork = await resident({ ...cleanerProfile, unwantedKinds: ['regular'] }, { frequency: 'instant', matchScoreThreshold: 0 });
    const hidden = await resident({ ...cleanerProfile, visibility: 'hidden' }, { frequency: 'instant', matchScoreThreshold: 0 });

    const vacancyId = await postVacancy(api, employer.auth, { title: 'Schoonmaker sporthal Ulft' });
    await sink.waitFor(() => alertsTo(wantsAlerts.email).length === 1);
    // Paused and live again: the residents were told already.
    await api.http().patch(`/api/v1/vacancies/${vacancyId}`).set(employer.auth).send({ status: 'paused' }).expect(200);
    await api.http().patch(`/api/v1/vacancies/${vacancyId}`).set(employer.auth).send({ status: 'published' }).expect(200);
    await harness.settle();

    const [alert] = alertsTo(wantsAlerts.email);
    expect(alertsTo(wantsAlerts.email)).toHaveLength(1);
    expect(alert.subject).toBe('Nieuwe vacature voor jou: Schoonmaker sporthal Ulft');
    expect(alert.text).toContain('/werkzoekenden/voor-jou');
    expect(await inAppAlerts(wantsAlerts.id)).toEqual([{ title: 'Nieuwe vacature voor jou: Schoonmaker sporthal Ulft' }]);
    for (const other of [switchedOff, highBar, wantsOtherWork, hidden]) {
      expect(alertsTo(other.email)).toEqual([]);
      expect(await inAppAlerts(other.id)).toEqual([]);
    }
  });
});
