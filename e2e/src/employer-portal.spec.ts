import type { Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { signIn as apiSignIn, uniqueEmail } from '../../apps/api/test/test-app';
import { PASSWORD, postVacancy, verifiedEmployer } from '../../apps/api/test/marketplace-fixtures';
import { axeViolations } from './browser';
import { DEMO_LOGINS, saveScreenshots, signIn } from './portal-session';
import { servedBrowser } from './served-browser';

jest.setTimeout(180_000);

const setup = servedBrowser();
let caseworker: { Authorization: string };

beforeAll(async () => {
  caseworker = await apiSignIn(setup.served, DEMO_LOGINS.caseworker.email);
});

/** A fresh, verified employer of its own, signed in through the portal's sign-in page. */
async function freshEmployerPage() {
  const employer = await verifiedEmployer(setup.served, caseworker);
  const me = await setup.served.http().get('/api/v1/users/me').set(employer.auth);
  const page = await signIn(setup.browser, setup.served.baseUrl, '/werkgevers', me.body.email, PASSWORD);
  page.setDefaultTimeout(15_000);
  return { employer, page };
}

async function expectAccessible(page: Page) {
  expect(await axeViolations(page)).toEqual([]);
}

describe('employer portal: vacancies', () => {
  it('writes a vacancy with a live preview, publishes, pauses, duplicates and closes it', async () => {
    const { employer, page } = await freshEmployerPage();
    await page.goto(`${setup.served.baseUrl}/werkgevers/vacatures`);
    await page.getByRole('heading', { level: 1, name: 'Vacatures' }).waitFor();
    await page.getByText('Je hebt nog geen vacatures').waitFor();
    await expectAccessible(page);

    await page.getByRole('link', { name: 'Nieuwe vacature' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Nieuwe vacature' }).waitFor();
    await page.getByLabel('Naam van de vacature').fill('Schoonmaker kantoren (ochtend)');
    const preview = page.getByRole('complementary', { name: 'Zo zien werkzoekenden je vacature' });
    await preview.getByRole('heading', { name: 'Schoonmaker kantoren (ochtend)' }).waitFor();
    await page.getByLabel(/^Werkervaringsplek:/).check();
    await preview.getByText('Je doet werkervaring op.').waitFor();
    await page.getByLabel('Wat ga je doen?').fill('Je maakt kantoren schoon. Een vaste collega helpt je.');
    await page.getByLabel('Zoek een beroep').fill('schoonmaker');
    await page.getByRole('button', { name: /^Kies .*schoonmaker/i }).first().click();
    await page.getByText(/^Gekozen beroep:/).waitFor();
    const suggested = page.getByRole('group', { name: 'Vaardigheden die bij dit beroep horen' });
    await suggested.getByRole('checkbox').first().check();
    await page.getByRole('heading', { name: 'Gekozen vaardigheden' }).waitFor();
    await preview.getByRole('heading', { name: 'Dit moet je al kunnen' }).waitFor();
    await page.getByLabel('Minste uren per week').fill('16');
    await page.getByLabel('Meeste uren per week').fill('24');
    await page.getByLabel('dinsdag').check();
    await page.getByLabel('ochtend').check();
    await page.getByLabel('Soort contract').selectOption('fixed-term');
    await page.getByLabel('Vergoeding', { exact: true }).selectOption('hourly-wage');
    await page.getByLabel('Vanaf (euro)').fill('14,40');
    await page.getByLabel('Een jobcoach die helpt op het werk').check();
    await preview.getByText('16 tot 24 uur per week').waitFor();
    await preview.getByText('Een jobcoach die helpt op het werk').waitFor();
    await preview.getByText('Vergoeding: Uurloon: vanaf 14,4 euro').waitFor();
    await expectAccessible(page);
    await saveScreenshots(page, 'employer-vacancy-editor');

    await page.getByRole('button', { name: 'Opslaan en online zetten' }).click();
    await page.getByRole('heading', { level: 1, name: 'Schoonmaker kantoren (ochtend)' }).waitFor();
    await page.getByText('Werkzoekenden zien deze vacature en kunnen reageren.').waitFor();
    const vacancyId = page.url().split('/').pop()!;
    const stored = await setup.served.http().get(`/api/v1/vacancies/${vacancyId}`).set(employer.auth);
    expect(stored.body).toMatchObject({ status: 'published', kind: 'work-experience', hoursMin: 16, hoursMax: 24, supportOffered: ['job-coach'] });
    expect(stored.body.requiredSkills.length).toBe(1);
    expect(stored.body.occupation).not.toBeNull();
    await expectAccessible(page);
    await saveScreenshots(page, 'employer-vacancy');

    await page.getByRole('button', { name: 'Pauzeren' }).click();
    await page.getByText('De status is nu: Gepauzeerd.').waitFor();
    expect((await setup.served.http().get(`/api/v1/vacancies/${vacancyId}`).set(employer.auth)).body.status).toBe('paused');

    await page.getByRole('link', { name: 'Kopie maken' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kopie van een vacature' }).waitFor();
    expect(await page.getByLabel('Naam van de vacature').inputValue()).toBe('Schoonmaker kantoren (ochtend)');
    await page.getByLabel('Naam van de vacature').fill('Schoonmaker kantoren (middag)');
    await page.getByRole('button', { name: 'Opslaan als concept' }).click();
    await page.getByRole('heading', { level: 1, name: 'Schoonmaker kantoren (middag)' }).waitFor();
    await page.getByText('Alleen jij ziet dit concept.').waitFor();
    const copyId = page.url().split('/').pop()!;
    expect(copyId).not.toBe(vacancyId);
    const copy = await setup.served.http().get(`/api/v1/vacancies/${copyId}`).set(employer.auth);
    expect(copy.body).toMatchObject({ status: 'draft', kind: 'work-experience', hoursMin: 16 });

    await page.goto(`${setup.served.baseUrl}/werkgevers/vacatures/${vacancyId}`);
    await page.getByRole('button', { name: 'Sluiten' }).click();
    await page.getByRole('button', { name: 'Ja, sluiten' }).click();
    await page.getByText('De status is nu: Gesloten.').waitFor();
    expect((await setup.served.http().get(`/api/v1/vacancies/${vacancyId}`).set(employer.auth)).body.status).toBe('closed');

    await page.goto(`${setup.served.baseUrl}/werkgevers/vacatures`);
    await page.getByRole('link', { name: 'Schoonmaker kantoren (middag)' }).waitFor();
    await expectAccessible(page);
    await saveScreenshots(page, 'employer-vacancies');
    await page.close();
  });

  it('says what is missing before saving, next to the fields', async () => {
    const { page } = await freshEmployerPage();
    await page.goto(`${setup.served.baseUrl}/werkgevers/vacatures/nieuw`);
    await page.getByRole('heading', { level: 1, name: 'Nieuwe vacature' }).waitFor();
    await page.getByRole('button', { name: 'Opslaan als concept' }).click();
    await page.getByText('Er klopt nog iets niet.').waitFor();
    await page.getByText('Geef de vacature een naam van minstens 3 tekens.').waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('title');
    await expectAccessible(page);
    await page.close();
  });
});

describe('employer portal: matches', () => {
  it('ranks anonymous candidates with the score in parts and the skills, and invites one to respond', async () => {
    const { employer, page } = await freshEmployerPage();
    const vacancyId = await postVacancy(setup.served, employer.auth);
    await page.goto(`${setup.served.baseUrl}/werkgevers/vacatures/${vacancyId}`);
    await page.getByRole('link', { name: 'Kandidaten die passen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kandidaten voor Schoonmaker kantoren' }).waitFor();
    const first = page.getByRole('article', { name: 'Kandidaat 1', exact: true });
    await first.waitFor();
    await first.getByText(/^Past \d+ van 100$/).waitFor();
    await first.getByText('Hoe is de score opgebouwd?').click();
    await first.getByRole('rowheader', { name: 'Vaardigheden' }).waitFor();
    expect(await first.getByText(/^(Kan al|Moet nog leren|Kan het deels): /).count()).toBeGreaterThan(0);
    await page.getByText('De gemeente heeft nog niemand voorgedragen voor deze vacature.').waitFor();
    await expectAccessible(page);
    await saveScreenshots(page, 'employer-matches');

    await first.getByRole('button', { name: 'Uitnodigen om te reageren' }).click();
    await first.getByLabel('Persoonlijk bericht aan Kandidaat 1').fill('We zoeken iemand zoals jij. Kom je kennismaken?');
    await first.getByRole('button', { name: 'Uitnodiging versturen' }).click();
    await first.getByText(/^Uitgenodigd op /).waitFor();
    const invitations = await setup.served.http().get(`/api/v1/invitations?vacancyId=${vacancyId}`).set(employer.auth);
    expect(invitations.body.items).toEqual([expect.objectContaining({ status: 'pending', message: 'We zoeken iemand zoals jij. Kom je kennismaken?' })]);
    expect(invitations.body.items[0].seeker.displayName).toBeUndefined();
    await expectAccessible(page);
    await page.close();
  });
});

/** A resident with a name of their own, who applied to the vacancy; returns the sign-in header. */
async function applicant(vacancyId: string, displayName: string) {
  const email = uniqueEmail('inwoner');
  await setup.served.http().post('/api/v1/accounts').send({ role: 'seeker', email, password: PASSWORD, displayName, municipalityCode: 'GM1509' }).expect(201);
  const auth = await apiSignIn(setup.served, email, PASSWORD);
  const application = await setup.served.http().post('/api/v1/applications').set(auth).send({ vacancyId, motivation: 'Ik werk graag met mijn handen.' }).expect(201);
  return { auth, applicationId: application.body.id as string };
}

describe('employer portal: pipeline', () => {
  it('moves applicants through the stages: interview planned, offer, hired; another rejected with a respectful reason', async () => {
    const { employer, page } = await freshEmployerPage();
    const vacancyId = await postVacancy(setup.served, employer.auth);
    const anna = await applicant(vacancyId, 'Anna Bakker');
    const bram = await applicant(vacancyId, 'Bram Visser');
    await page.goto(`${setup.served.baseUrl}/werkgevers/vacatures/${vacancyId}`);
    await page.getByRole('link', { name: 'Reacties' }).click();
    await page.getByRole('heading', { level: 1, name: 'Reacties op Schoonmaker kantoren' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Nieuw (2)' }).waitFor();
    await expectAccessible(page);
    await saveScreenshots(page, 'employer-pipeline');

    const annaCard = page.getByRole('article', { name: 'Anna Bakker' });
    await annaCard.getByText('Waarom wil deze persoon dit werk?').click();
    await annaCard.getByText('Ik werk graag met mijn handen.').waitFor();
    await annaCard.getByRole('button', { name: 'Gesprek plannen' }).click();
    const nextWeek = new Date(Date.now() + 7 * 24 * 3600_000);
    const local = `${nextWeek.getFullYear()}-${String(nextWeek.getMonth() + 1).padStart(2, '0')}-${String(nextWeek.getDate()).padStart(2, '0')}T10:30`;
    await annaCard.getByLabel('Datum en tijd van het gesprek').fill(local);
    await annaCard.getByLabel('Waar is het gesprek?').fill('Kerkstraat 3, Gendringen');
    await expectAccessible(page);
    await annaCard.getByRole('button', { name: 'Gesprek vastleggen' }).click();
    await page.getByText('Anna Bakker staat nu bij: Gesprek.').waitFor();
    await page.getByRole('heading', { level: 2, name: 'Gesprek (1)' }).waitFor();
    await annaCard.getByText(/^Gesprek op .*Waar: Kerkstraat 3, Gendringen\.$/).waitFor();
    const planned = await setup.served.http().get(`/api/v1/applications/${anna.applicationId}`).set(anna.auth);
    expect(planned.body).toMatchObject({ status: 'interview', interview: { location: 'Kerkstraat 3, Gendringen' } });

    await annaCard.getByRole('button', { name: 'Aanbod doen' }).click();
    await page.getByText('Anna Bakker staat nu bij: Aanbod gedaan.').waitFor();
    await annaCard.getByRole('button', { name: 'Aannemen' }).click();
    await page.getByRole('heading', { level: 2, name: 'Aangenomen (1)' }).waitFor();
    expect((await setup.served.http().get(`/api/v1/applications/${anna.applicationId}`).set(anna.auth)).body.status).toBe('hired');

    const bramCard = page.getByRole('article', { name: 'Bram Visser' });
    await bramCard.getByRole('button', { name: 'Afwijzen' }).click();
    await bramCard.getByRole('button', { name: 'Afwijzing versturen' }).click();
    await bramCard.getByText('Kies een reden.').waitFor();
    await bramCard.getByLabel('Reden').selectOption('other-candidate-closer-fit');
    await bramCard.getByLabel('Notitie').fill('Goed gesprek, volgende keer misschien.');
    await bramCard.getByRole('button', { name: 'Afwijzing versturen' }).click();
    await page.getByRole('heading', { level: 2, name: 'Gestopt (1)' }).waitFor();
    await bramCard.getByText('Afgewezen. Reden: Iemand anders past net iets beter').waitFor();
    const rejected = await setup.served.http().get(`/api/v1/applications/${bram.applicationId}`).set(bram.auth);
    expect(rejected.body).toMatchObject({ status: 'rejected', rejection: { reason: 'other-candidate-closer-fit' } });
    expect(rejected.body.rejection.text).toMatch(/Bedankt voor je interesse/);
    await expectAccessible(page);
    await saveScreenshots(page, 'employer-pipeline-moved');
    await page.close();
  });
});

describe('employer portal: proposals', () => {
  it("shows the caseworker's proposal on the vacancy's candidates and at the notification link, and accepts it into the pipeline", async () => {
    const { employer, page } = await freshEmployerPage();
    const vacancyId = await postVacancy(setup.served, employer.auth);
    const email = uniqueEmail('inwoner');
    const seeker = await setup.served.http().post('/api/v1/accounts').send({ role: 'seeker', email, password: PASSWORD, displayName: 'Cor de Wit', municipalityCode: 'GM1509' }).expect(201);
    const proposal = await setup.served.http().post(`/api/v1/vacancies/${vacancyId}/proposals`).set(caseworker).send({ seekerId: seeker.body.id, note: 'Cor is betrouwbaar en werkt graag vroeg.' }).expect(201);
    await setup.served.http().patch(`/api/v1/proposals/${proposal.body.id}`).set(await apiSignIn(setup.served, email, PASSWORD)).send({ status: 'awaiting-employer' }).expect(200);

    await page.goto(`${setup.served.baseUrl}/werkgevers/vacatures/${vacancyId}/kandidaten`);
    await page.getByRole('region', { name: 'Voorgedragen door de gemeente' }).getByRole('link', { name: 'Cor de Wit' }).click();
    await page.getByRole('heading', { level: 1, name: 'Voordracht: Cor de Wit' }).waitFor();
    expect(page.url()).toBe(`${setup.served.baseUrl}/werkgevers/voordrachten/${proposal.body.id}`);
    await page.getByText('Cor is betrouwbaar en werkt graag vroeg.').waitFor();
    await page.getByText('Wacht op jouw antwoord').waitFor();
    await expectAccessible(page);
    await saveScreenshots(page, 'employer-proposal');
    await page.getByRole('button', { name: 'Aannemen als reactie' }).click();
    await page.getByText('Je hebt de voordracht aangenomen.').waitFor();
    const accepted = await setup.served.http().get(`/api/v1/proposals/${proposal.body.id}`).set(employer.auth);
    expect(accepted.body.status).toBe('accepted');
    await page.getByRole('link', { name: 'Naar de reacties op deze vacature' }).click();
    await page.getByRole('article', { name: 'Cor de Wit' }).getByText(/^Voorgedragen door de gemeente/).waitFor();

    await page.goto(`${setup.served.baseUrl}/werkgevers/voordrachten`);
    await page.getByRole('link', { name: 'Cor de Wit voor Schoonmaker kantoren' }).waitFor();
    await expectAccessible(page);
    await page.close();
  });
});

describe('employer portal: dashboard', () => {
  it('greets the employer with open vacancies, new applications, views and time to fill', async () => {
    const { employer, page } = await freshEmployerPage();
    const vacancyId = await postVacancy(setup.served, employer.auth, { title: 'Hulp in de bakkerij' });
    await postVacancy(setup.served, employer.auth, { title: 'Nog een concept' }, false);
    const seeker = await applicant(vacancyId, 'Dewi Smit');
    await setup.served.http().get(`/api/v1/vacancies/${vacancyId}`).set(seeker.auth).expect(200);

    await page.goto(`${setup.served.baseUrl}/werkgevers/`);
    await page.getByRole('heading', { level: 1, name: 'Hallo Joke Hendriks' }).waitFor();
    const figures = page.getByRole('region', { name: 'In cijfers' });
    const figure = (label: string) => figures.locator('.employer-figure', { has: page.getByText(label, { exact: true }) }).locator('dd');
    expect(await figure('Vacatures online').textContent()).toBe('1');
    expect(await figure('Nieuwe reacties').textContent()).toBe('1');
    expect(await figure('Keer bekeken (30 dagen)').textContent()).toBe('1');
    expect(await figure('Tijd tot iemand is aangenomen').textContent()).toBe('Nog niet bekend');
    await expectAccessible(page);
    await saveScreenshots(page, 'employer-dashboard');

    await page.getByRole('link', { name: '1 nieuwe reacties (1 in totaal)' }).click();
    await page.getByRole('article', { name: 'Dewi Smit' }).waitFor();
    await page.getByRole('article', { name: 'Dewi Smit' }).getByRole('button', { name: 'Bekeken' }).click();
    await page.getByText('Dewi Smit staat nu bij: Bekeken.').waitFor();
    await page.getByRole('link', { name: 'Start' }).click();
    await page.getByRole('heading', { level: 1, name: 'Hallo Joke Hendriks' }).waitFor();
    await page.getByRole('link', { name: '0 nieuwe reacties (1 in totaal)' }).waitFor();
    await page.close();
  });
});

describe('employer portal: registration and team', () => {
  it('registers an organisation (verified by a caseworker first) and invites a colleague who joins the same employer', async () => {
    const page = await setup.browser.newPage();
    page.setDefaultTimeout(15_000);
    await page.goto(`${setup.served.baseUrl}/werkgevers/`);
    await page.getByRole('link', { name: 'Nog geen account? Meld je organisatie aan.' }).click();
    await page.getByRole('heading', { level: 1, name: 'Je organisatie aanmelden' }).waitFor();
    await page.getByText('Eerst controleert de gemeente je organisatie').waitFor();
    await page.getByRole('button', { name: 'Aanmelden' }).click();
    await page.getByText('Een KvK-nummer heeft 8 cijfers.').waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('name');
    await expectAccessible(page);

    const email = uniqueEmail('werkgever');
    await page.getByLabel('Naam van de organisatie').fill('Fietsenmaker Mulder');
    await page.getByLabel('KvK-nummer').fill('87654321');
    await page.getByLabel('Postcode').fill('7081 AB');
    await page.getByLabel('Huisnummer').fill('5');
    await page.getByLabel('Je naam').fill('Eva Mulder');
    await page.getByLabel('Je e-mailadres').fill(email);
    await page.getByLabel('Wachtwoord').fill(PASSWORD);
    await saveScreenshots(page, 'employer-register');
    await page.getByRole('button', { name: 'Aanmelden' }).click();
    await page.getByRole('heading', { level: 1, name: 'Hallo Eva Mulder' }).waitFor();
    await page.getByText('Je organisatie is aangemeld.').waitFor();
    await page.getByText('De gemeente controleert je organisatie nog.').waitFor();
    await expectAccessible(page);
    const owner = await apiSignIn(setup.served, email, PASSWORD);
    const me = (await setup.served.http().get('/api/v1/users/me').set(owner)).body;
    const employer = await setup.served.http().get(`/api/v1/employers/${me.employerId}`).set(owner);
    expect(employer.body).toMatchObject({ name: 'Fietsenmaker Mulder', kvkNumber: '87654321', verificationStatus: 'pending' });

    await page.getByRole('link', { name: 'Mijn organisatie' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mijn organisatie' }).waitFor();
    expect(await page.getByLabel('Naam van de organisatie').inputValue()).toBe('Fietsenmaker Mulder');
    await page.getByLabel('Telefoonnummer').fill('0315 123456');
    await page.getByRole('button', { name: 'Gegevens opslaan' }).click();
    await page.getByText('Opgeslagen.', { exact: true }).waitFor();
    expect((await setup.served.http().get(`/api/v1/employers/${me.employerId}`).set(owner)).body.contact.phone).toBe('0315 123456');

    const colleagueEmail = uniqueEmail('collega');
    await page.getByLabel('Naam van je collega').fill('Kees Jansen');
    await page.getByLabel('E-mailadres van je collega').fill(colleagueEmail);
    await page.getByRole('button', { name: 'Uitnodiging versturen' }).click();
    await page.getByText(`We hebben een uitnodiging gestuurd naar Kees Jansen (${colleagueEmail}).`).waitFor();
    await page.getByText(`Kees Jansen (${colleagueEmail}): uitgenodigd, heeft nog geen wachtwoord gekozen`).waitFor();
    await expectAccessible(page);
    await saveScreenshots(page, 'employer-organisation');
    await page.close();

    const [invitation] = await setup.served.app.get(DataSource).query(
      `SELECT o.payload FROM outbox_event o JOIN "user" u ON u.id::text = o.payload->>'recipientId' WHERE u.email = $1 AND o.payload->>'template' = 'team-invitation'`,
      [colleagueEmail],
    );
    expect(invitation.payload.link).toMatch(/^\/werkgevers\/uitnodiging\?token=/);
    const colleaguePage = await setup.browser.newPage();
    colleaguePage.setDefaultTimeout(15_000);
    await colleaguePage.goto(`${setup.served.baseUrl}${invitation.payload.link}`);
    await colleaguePage.getByRole('heading', { level: 1, name: 'Kies je wachtwoord' }).waitFor();
    await colleaguePage.getByLabel('Wachtwoord', { exact: true }).fill(PASSWORD);
    await colleaguePage.getByLabel('Wachtwoord nog een keer').fill(PASSWORD);
    await expectAccessible(colleaguePage);
    await colleaguePage.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
    await colleaguePage.getByRole('heading', { level: 1, name: 'Je account is klaar' }).waitFor();
    await colleaguePage.close();

    const signedIn = await signIn(setup.browser, setup.served.baseUrl, '/werkgevers', colleagueEmail, PASSWORD);
    await signedIn.getByRole('heading', { level: 1, name: 'Hallo Kees Jansen' }).waitFor();
    const colleague = await apiSignIn(setup.served, colleagueEmail, PASSWORD);
    expect((await setup.served.http().get('/api/v1/users/me').set(colleague)).body.employerId).toBe(me.employerId);
    await signedIn.close();
  });
});
