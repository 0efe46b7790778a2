import { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Auth, postVacancy, registerSeeker, verifiedEmployer } from '../../test/marketplace-fixtures';
import { SmtpSink } from '../../test/smtp-sink';
import { signIn, TestApp } from '../../test/test-app';
import { startWorkerHarness, WorkerHarness } from '../../test/worker-harness';
import { DigestSender } from '../notifications/digest-sender';

describe('employers hear of new applications in a daily digest, or at once if they choose', () => {
  let harness: WorkerHarness;
  let sink: SmtpSink;
  let api: TestApp;
  let worker: INestApplicationContext;
  let caseworker: Auth;

  const apply = async (vacancyId: string) => {
    const seeker = await registerSeeker(api);
    expect((await api.http().post('/api/v1/applications').set(seeker.auth).send({ vacancyId })).status).toBe(201);
  };
  const emailOf = async (auth: Auth): Promise<string> => (await api.http().get('/api/v1/users/me').set(auth)).body.email;
  const mailsTo = (email: string) => sink.received.filter((mail) => mail.to.includes(email) && !mail.subject.includes('goedgekeurd') && !mail.subject.startsWith('Welkom'));
  const settle = () => harness.settle();

  beforeAll(async () => {
    harness = await startWorkerHarness('newapps');
    ({ api, sink, worker } = harness);
    caseworker = await signIn(api, 'demo.regisseur@meedoen.test');
  });
  afterAll(() => harness?.close());

  it('gathers new applications into one daily e-mail that links to each vacancy', async () => {
    const employer = await verifiedEmployer(api, caseworker);
    const email = await emailOf(employer.auth);
    const cleaning = await postVacancy(api, employer.auth, { title: 'Schoonmaker school' });
    const kitchen = await postVacancy(api, employer.auth, { title: 'Hulp in de keuken' });
    await apply(cleaning);
    await apply(kitchen);
    await settle();
    expect(mailsTo(email)).toEqual([]);
    const me = (await api.http().get('/api/v1/users/me').set(employer.auth)).body.id;
    const inApp: { title: string; link: string }[] = await api.app.get(DataSource).query(
      `SELECT title, link FROM notification WHERE user_id = $1 AND template = 'application-received' ORDER BY title`, [me]);
    expect(inApp).toEqual([
      { title: 'Nieuwe reactie op Hulp in de keuken', link: `/werkgevers/vacatures/${kitchen}` },
      { title: 'Nieuwe reactie op Schoonmaker school', link: `/werkgevers/vacatures/${cleaning}` },
    ]);

    await worker.get(DigestSender).sendAll('daily', 'new-applications-run');
    const [digest, ...more] = mailsTo(email);
    expect(more).toEqual([]);
    expect(digest.text).toContain(`/werkgevers/vacatures/${cleaning}`);
    expect(digest.text).toContain(`/werkgevers/vacatures/${kitchen}`);
    expect(digest.text).toContain('nieuwe reacties op je vacatures');
  });

  it('sends each new application at once to an employer who chose that', async () => {
    const employer = await verifiedEmployer(api, caseworker);
    const email = await emailOf(employer.auth);
    const chosen = await api.http().put('/api/v1/users/me/notification-preferences').set(employer.auth)
      .send({ items: [{ category: 'new-applications', channel: 'email', frequency: 'instant' }] });
    expect(chosen.status).toBe(200);
    const vacancyId = await postVacancy(api, employer.auth, { title: 'Medewerker groen' });
    await apply(vacancyId);
    await sink.waitFor(() => mailsTo(email).length === 1);
    expect(mailsTo(email)[0].subject).toBe('Nieuwe reactie op Medewerker groen');
    expect(mailsTo(email)[0].text).toContain(`/werkgevers/vacatures/${vacancyId}`);
  });
});
