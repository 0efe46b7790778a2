import type { Page } from 'playwright-core';
import { cleanerProfile, postVacancy, verifiedEmployer } from '../../apps/api/test/marketplace-fixtures';
import { auditOf, DEMO, registerResident, signInWithId } from '../../apps/api/test/residents';
import { axeViolations } from './browser';
import { saveScreenshots, signIn, signInAsDemo } from './portal-session';
import { servedBrowser } from './served-browser';

const setup = servedBrowser();
let caseworker: { auth: { Authorization: string }; id: string };

beforeAll(async () => {
  caseworker = await signInWithId(setup.served, DEMO.caseworker);
});

let counter = 0;
/** A resident of the demo caseworker's municipality with a name no other test uses. */
async function freshResident(prefix: string) {
  const name = `${prefix} ${process.pid}x${counter++}`;
  const resident = await registerResident(setup.served, 'GM1509', name);
  return { ...resident, name };
}

async function expectAccessible(page: Page, screenshot: string) {
  expect(await axeViolations(page)).toEqual([]);
  await saveScreenshots(page, `caseworker-${screenshot}`);
}

const api = () => setup.served.http();

describe('caseload', () => {
  it('finds a resident by name and by filters, and opens the resident page', async () => {
    const resident = await freshResident('Zoekbaar Caseload');
    const intake = await api()
      .put(`/api/v1/seekers/${resident.id}/intake`)
      .set(caseworker.auth)
      .send({
        status: 'draft',
        segment: 3,
        supportNeeds: [{ area: 'debts', description: 'Achterstand huur', referralStatus: 'to-refer' }],
        actionPlan: [{ description: 'Aanmelden schuldhulp', dueDate: '2027-01-10', done: false }],
      });
    expect(intake.status).toBe(200);

    const page = await signInAsDemo(setup.browser, setup.served.baseUrl, 'caseworker');
    await page.goto(`${setup.served.baseUrl}/regie/werkzoekenden`);
    await page.getByRole('heading', { level: 1, name: 'Mijn werkzoekenden' }).waitFor();
    await page.locator('table tbody tr').first().waitFor();
    await expectAccessible(page, 'caseload');

    await page.getByLabel('Naam').fill(resident.name);
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page.getByText('Aantal gevonden werkzoekenden: 1.').waitFor();
    const row = page.locator('table tbody tr', { hasText: resident.name });
    expect(await row.textContent()).toContain('3: eerst meedoen of zorg');
    expect(await row.textContent()).toContain('Intake bezig');

    await page.getByLabel('Segment', { exact: true }).selectOption('1');
    await page.getByText('Geen werkzoekenden gevonden. Pas de filters aan.').waitFor();
    expect(page.url()).toContain('segment=1');
    await page.getByLabel('Segment', { exact: true }).selectOption('3');
    await page.getByLabel('Open acties', { exact: true }).selectOption('yes');
    await page.getByLabel('Laatste contact', { exact: true }).selectOption('over-month');
    await page.getByText('Aantal gevonden werkzoekenden: 1.').waitFor();
    await expectAccessible(page, 'caseload-filtered');

    await page.getByLabel('Alleen mijn werkzoekenden').check();
    await page.getByText('Geen werkzoekenden gevonden. Pas de filters aan.').waitFor();
    await page.getByLabel('Alleen mijn werkzoekenden').uncheck();

    await page.getByRole('link', { name: resident.name, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: resident.name, exact: true }).waitFor();
    await page.close();
  });
});

describe('resident page', () => {
  it('asks the purpose before showing the intake, logs it, and follows actions in the timeline', async () => {
    const resident = await freshResident('Dossier Inwoner');
    await api()
      .put(`/api/v1/seekers/${resident.id}/intake`)
      .set(caseworker.auth)
      .send({
        status: 'final',
        segment: 2,
        supportNeeds: [{ area: 'childcare', description: 'Opvang voor twee kinderen', referral: 'kinderopvangtoeslag', referralStatus: 'referred' }],
        actionPlan: [{ description: 'Cv maken met werkcoach', dueDate: '2027-01-15', done: false }],
        notes: 'Wil graag in de zorg werken.',
      })
      .expect(200);

    const page = await signInAsDemo(setup.browser, setup.served.baseUrl, 'caseworker');
    await page.goto(`${setup.served.baseUrl}/regie/werkzoekenden/${resident.id}`);
    await page.getByRole('heading', { level: 1, name: resident.name, exact: true }).waitFor();
    await page.getByRole('heading', { name: 'Wat er gebeurde' }).waitFor();
    expect(await page.getByText('Opvang voor twee kinderen').count()).toBe(0);
    await expectAccessible(page, 'resident');
    await page.getByRole('button', { name: 'Aan mij toewijzen' }).click();
    await page.getByText('Fatima El Amrani', { exact: true }).waitFor();
    const assigned = await api().get(`/api/v1/seekers/${resident.id}/case-file`).set(caseworker.auth);
    expect(assigned.body.caseworker).toEqual({ id: caseworker.id, displayName: 'Fatima El Amrani' });

    await page.getByRole('button', { name: 'Intake openen' }).click();
    await page.getByText('Kies waarom je de intake opent.').waitFor();
    await page.getByLabel('Waarom open je de intake?').selectOption('voorbereiding gesprek');
    await page.getByRole('button', { name: 'Intake openen' }).click();
    await page.getByText('Opvang voor twee kinderen').waitFor();
    await page.getByText('Cv maken met werkcoach').waitFor();
    await expectAccessible(page, 'resident-intake');
    const admin = await signInWithId(setup.served, DEMO.administrator);
    const reads = await auditOf(setup.served, admin.auth, resident.id, 'intake.read');
    expect(reads).toEqual([expect.objectContaining({ actorUserId: caseworker.id, purpose: 'voorbereiding gesprek' })]);

    await page.getByLabel('Wat moet er gebeuren?').fill('Bellen over de kinderopvang');
    await page.getByRole('button', { name: 'Actie toevoegen' }).click();
    await page.getByRole('button', { name: 'Klaar: Bellen over de kinderopvang' }).click();
    await page.getByText('Actie klaar: Bellen over de kinderopvang').waitFor();
    const actions = await api().get(`/api/v1/seekers/${resident.id}/case-actions`).set(caseworker.auth);
    expect(actions.body.items).toEqual([expect.objectContaining({ description: 'Bellen over de kinderopvang', doneAt: expect.any(String) })]);
    await expectAccessible(page, 'resident-actions');
    await page.close();
  });

  it('says plainly when the resident is not in the municipality', async () => {
    const outsider = await registerResident(setup.served, 'GM0197', 'Buiten Gemeente');
    const page = await signInAsDemo(setup.browser, setup.served.baseUrl, 'caseworker');
    await page.goto(`${setup.served.baseUrl}/regie/werkzoekenden/${outsider.id}`);
    await page.getByRole('alert').getByText('We kunnen dit niet vinden.').waitFor();
    await expectAccessible(page, 'resident-not-found');
    await page.close();
  });
});

describe('intake form', () => {
  it('saves the intake as a draft while typing, keeps it after a reload, and finishes it', async () => {
    const resident = await freshResident('Intake Gesprek');
    const page = await signInAsDemo(setup.browser, setup.served.baseUrl, 'caseworker');
    await page.goto(`${setup.served.baseUrl}/regie/werkzoekenden/${resident.id}`);
    await page.getByLabel('Waarom open je de intake?').selectOption('voorbereiding gesprek');
    await page.getByRole('button', { name: 'Intake openen' }).click();
    await page.getByText('Er is nog geen intake.').waitFor();
    await page.getByRole('link', { name: 'Intake starten' }).click();
    await page.getByRole('heading', { level: 1, name: `Intake van ${resident.name}` }).waitFor();

    await page.getByLabel('2: werk met steun').check();
    await page.getByLabel('Schulden', { exact: true }).check();
    await page.getByLabel('Schulden: wat speelt er?').fill('Twee betalingsachterstanden');
    await page.getByLabel('Schulden: doorverwezen naar').fill('schuldhulpverlening');
    await page.getByLabel('Schulden: stand van de hulp').selectOption('referred');
    await page.getByRole('button', { name: 'Stap toevoegen' }).click();
    await page.getByLabel('Stap 1: wat gaat de werkzoekende doen?').fill('Afspraak maken bij schuldhulp');
    await page.getByText(/Concept opgeslagen/).waitFor();
    await expectAccessible(page, 'intake-form');

    const saved = await api().get(`/api/v1/seekers/${resident.id}/intake?purpose=controle+test`).set(caseworker.auth);
    expect(saved.body).toMatchObject({
      status: 'draft',
      segment: 2,
      supportNeeds: [{ area: 'debts', description: 'Twee betalingsachterstanden', referral: 'schuldhulpverlening', referralStatus: 'referred' }],
      actionPlan: [{ description: 'Afspraak maken bij schuldhulp', done: false }],
    });

    // A reload keeps the purpose given on the resident page (it travels with the page's history entry) and reads again.
    await page.reload();
    await page.getByLabel('Stap 1: wat gaat de werkzoekende doen?').waitFor();
    expect(await page.getByLabel('Stap 1: wat gaat de werkzoekende doen?').inputValue()).toBe('Afspraak maken bij schuldhulp');
    await page.getByRole('button', { name: 'Intake afronden' }).click();
    await page.getByRole('heading', { level: 1, name: resident.name, exact: true }).waitFor();
    const caseFile = await api().get(`/api/v1/seekers/${resident.id}/case-file`).set(caseworker.auth);
    expect(caseFile.body).toMatchObject({ status: 'active', segment: 2, openActions: 1 });
    await page.close();
  });

  it('asks for a segment before finishing', async () => {
    const resident = await freshResident('Intake Zonder Segment');
    const page = await signInAsDemo(setup.browser, setup.served.baseUrl, 'caseworker');
    await page.goto(`${setup.served.baseUrl}/regie/werkzoekenden/${resident.id}/intake`);
    await page.getByLabel('Waarom open je de intake?').selectOption('voorbereiding gesprek');
    await page.getByRole('button', { name: 'Intake openen' }).click();
    await page.getByRole('button', { name: 'Intake afronden' }).click();
    await page.getByText('Kies een segment voordat je de intake afrondt.').waitFor();
    await expectAccessible(page, 'intake-form-error');
    await page.close();
  });
});

/** A resident who fits, and a cleaning vacancy of a fresh employer in Gendringen with a title no other test uses. */
async function residentAndVacancy(prefix: string) {
  const resident = await freshResident(prefix);
  await api().patch('/api/v1/seekers/me').set(resident.auth).send(cleanerProfile).expect(200);
  const employer = await verifiedEmployer(setup.served, caseworker.auth);
  const title = `Schoonmaker ${prefix} ${process.pid}x${counter++}`;
  const vacancyId = await postVacancy(setup.served, employer.auth, { title });
  return { resident, employer, title, vacancyId };
}

describe('matching and proposals', () => {
  it("ranks work for a resident and proposes them; the proposal waits for the resident's consent", async () => {
    const { resident, title, vacancyId } = await residentAndVacancy('Match Inwoner');
    const page = await signInAsDemo(setup.browser, setup.served.baseUrl, 'caseworker');
    await page.goto(`${setup.served.baseUrl}/regie/werkzoekenden/${resident.id}`);
    await page.getByRole('link', { name: 'Passend werk zoeken' }).click();
    await page.getByRole('heading', { level: 1, name: `Passend werk voor ${resident.name}` }).waitFor();
    await page.getByRole('heading', { name: 'Past goed', exact: true }).waitFor();
    await page.getByRole('heading', { name: 'Bijna passend', exact: true }).waitFor();
    await page.getByRole('link', { name: title }).waitFor();
    await expectAccessible(page, 'resident-matches');

    await page.getByRole('button', { name: `Voordragen: ${title}` }).click();
    await page.getByText('We vragen de werkzoekende eerst om toestemming.', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Voordracht versturen' }).click();
    await page.getByText('Schrijf op waarom deze persoon past.').waitFor();
    await expectAccessible(page, 'propose-form');
    await page.getByLabel('Waarom past deze persoon?').fill('Heeft ervaring met schoonmaken en is er vroeg bij.');
    await page.getByRole('button', { name: 'Voordracht versturen' }).click();
    await page.getByRole('heading', { level: 1, name: `Voordracht van ${resident.name} voor ${title}` }).waitFor();
    await page.getByText('We wachten op toestemming van de werkzoekende.').waitFor();
    await expectAccessible(page, 'proposal');

    const proposals = await api().get(`/api/v1/proposals?seekerId=${resident.id}`).set(caseworker.auth);
    expect(proposals.body.items).toEqual([expect.objectContaining({ status: 'awaiting-consent', vacancy: expect.objectContaining({ id: vacancyId }) })]);
    await api().patch(`/api/v1/proposals/${proposals.body.items[0].id}`).set(resident.auth).send({ status: 'awaiting-employer' }).expect(200);
    await page.reload();
    await page.getByText('De werkzoekende gaf toestemming.').waitFor();
    await page.getByText('We wachten op de werkgever.').waitFor();
    await page.close();
  });

  it('lists the vacancies of the region, shows who fits one, and proposes from there', async () => {
    const { resident, title } = await residentAndVacancy('Vacature Kandidaat');
    const page = await signInAsDemo(setup.browser, setup.served.baseUrl, 'caseworker');
    await page.goto(`${setup.served.baseUrl}/regie/vacatures`);
    await page.getByText('Open vacatures in de regio Achterhoek.').waitFor();
    await page.locator('table tbody tr').first().waitFor();
    await expectAccessible(page, 'vacancies');
    await page.getByLabel('Zoekwoorden').fill(title);
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page.getByRole('link', { name: title }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByRole('link', { name: resident.name }).waitFor();
    await expectAccessible(page, 'vacancy-candidates');

    await page.getByRole('button', { name: `Voordragen: ${resident.name}` }).click();
    await page.getByLabel('Waarom past deze persoon?').fill('Woont dichtbij en wil graag ochtendwerk.');
    await page.getByRole('button', { name: 'Voordracht versturen' }).click();
    await page.getByText('We wachten op toestemming van de werkzoekende.').waitFor();

    await page.goto(`${setup.served.baseUrl}/regie/voordrachten`);
    await page.getByRole('link', { name: resident.name }).first().waitFor();
    await expectAccessible(page, 'proposals');
    await page.goto(`${setup.served.baseUrl}/regie/werkzoekenden/${resident.id}`);
    await page.getByRole('link', { name: `Voorgedragen voor ${title}: wacht op toestemming van de werkzoekende` }).waitFor();
    await page.close();
  });
});

describe('employer verification', () => {
  it('lists a new employer in the queue, rejects it with a reason, then approves it after a KvK check', async () => {
    const name = `Bakkerij Controle ${process.pid}x${counter++}`;
    const registered = await api()
      .post('/api/v1/accounts')
      .send({
        role: 'employer',
        email: `werkgever.${process.pid}.${counter++}@example.nl`,
        password: 'een-lang-en-sterk-wachtwoord',
        displayName: 'Kees Bakker',
        organisation: { name, kvkNumber: '87654321', postcode: '7071 AB', houseNumber: '5' },
      })
      .expect(201);
    const employerId = registered.body.employerId as string;

    const page = await signInAsDemo(setup.browser, setup.served.baseUrl, 'caseworker');
    await page.goto(`${setup.served.baseUrl}/regie/controleren`);
    await page.getByRole('heading', { level: 1, name: 'Controleren' }).waitFor();
    await page.getByRole('link', { name }).waitFor();
    await expectAccessible(page, 'verification-queue');
    await page.getByRole('link', { name }).click();
    await page.getByRole('heading', { level: 1, name }).waitFor();
    await page.getByText('87654321').waitFor();

    await page.getByRole('button', { name: 'Besluit opslaan' }).click();
    await page.getByText('Kies goedkeuren of afwijzen.').waitFor();
    await page.getByLabel('Afwijzen').check();
    await page.getByRole('button', { name: 'Besluit opslaan' }).click();
    await page.getByText('Schrijf op waarom je afwijst, in minstens 3 tekens.').waitFor();
    await expectAccessible(page, 'verification-errors');
    await page.getByLabel('Waarom wijs je af?').fill('Het KvK-nummer hoort bij een ander bedrijf.');
    await page.getByRole('button', { name: 'Besluit opslaan' }).click();
    await page.getByText('De werkgever is afgewezen.', { exact: false }).waitFor();
    const rejected = await api().get(`/api/v1/employers/${employerId}`).set(caseworker.auth);
    expect(rejected.body).toMatchObject({ verificationStatus: 'rejected', verificationNote: 'Het KvK-nummer hoort bij een ander bedrijf.' });

    await page.getByLabel('Goedkeuren', { exact: false }).check();
    await page.getByLabel('Wat heb je gecontroleerd?').fill('Naam en adres kloppen met het KvK-register.');
    await page.getByRole('button', { name: 'Besluit opslaan' }).click();
    await page.getByText('De werkgever is goedgekeurd.', { exact: false }).waitFor();
    await expectAccessible(page, 'verification-decided');
    const approved = await api().get(`/api/v1/employers/${employerId}`).set(caseworker.auth);
    expect(approved.body).toMatchObject({ verificationStatus: 'verified', verificationNote: 'Naam en adres kloppen met het KvK-register.' });
    await page.close();
  });
});

describe('in English', () => {
  it('switches a working screen to English for a caseworker of their own', async () => {
    const admin = await signInWithId(setup.served, DEMO.administrator);
    const email = `regisseur.${process.pid}.${counter++}@example.nl`;
    const password = 'een-lang-en-sterk-wachtwoord';
    await api()
      .post('/api/v1/staff-accounts')
      .set(admin.auth)
      .send({ email, password, displayName: 'Test Regisseur', language: 'nl', role: 'caseworker', municipalityCode: 'GM1509' })
      .expect(201);
    const page = await signIn(setup.browser, setup.served.baseUrl, '/regie', email, password);
    await page.goto(`${setup.served.baseUrl}/regie/werkzoekenden`);
    await page.getByRole('heading', { level: 1, name: 'Mijn werkzoekenden' }).waitFor();
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'My job seekers' }).waitFor();
    await page.getByLabel('Last contact', { exact: true }).waitFor();
    await page.locator('table tbody tr').first().waitFor();
    await expectAccessible(page, 'caseload-english');
    await page.close();
  });
});
