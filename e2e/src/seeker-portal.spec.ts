import type { Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { registerResident, RESIDENT_PASSWORD } from '../../apps/api/test/residents';
import { uniqueEmail } from '../../apps/api/test/test-app';
import { axeViolations } from './browser';
import { saveScreenshots, signIn } from './portal-session';
import { servedBrowser } from './served-browser';

const setup = servedBrowser();
let dataSource: DataSource;

beforeAll(async () => {
  dataSource = setup.served.app.get(DataSource);
});

const PORTAL = '/werkzoekenden';

// Each test clicks through a whole flow on a shared, busy machine.

async function expectAccessible(page: Page, screenshot?: string) {
  expect(await axeViolations(page)).toEqual([]);
  if (screenshot) await saveScreenshots(page, `seeker-${screenshot}`);
}

async function heading(page: Page, name: string | RegExp) {
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

/** A fresh resident, signed in through the portal's sign-in page. */
async function freshResident() {
  const resident = await registerResident(setup.served);
  const page = await signIn(setup.browser, setup.served.baseUrl, PORTAL, resident.email, RESIDENT_PASSWORD);
  return { ...resident, page };
}

describe('seeker portal: account', () => {
  it('registers with a municipality, lands in the profile, and resets a forgotten password by e-mail link', async () => {
    const page = await setup.browser.newPage();
    await page.goto(`${setup.served.baseUrl}${PORTAL}/`);
    await page.getByRole('link', { name: 'Account maken' }).click();
    await heading(page, 'Account maken');
    await page.getByRole('button', { name: 'Account maken' }).click();
    await page.getByText('Vul je naam in.').waitFor();
    await expectAccessible(page, 'register-errors');

    const email = uniqueEmail('e2e-seeker');
    await page.getByLabel('Je naam').fill('Fatima Bakker');
    await page.getByLabel('E-mailadres').fill(email);
    await page.getByLabel('Je gemeente').selectOption({ label: 'Aalten' });
    await page.getByLabel('Wachtwoord').fill('een-lang-en-sterk-wachtwoord');
    await page.getByRole('button', { name: 'Account maken' }).click();
    await heading(page, /Stap 1 van 9/);
    const [user] = await dataSource.query(`SELECT id, role, municipality_code FROM "user" WHERE email = $1`, [email]);
    expect(user).toMatchObject({ role: 'seeker', municipality_code: 'GM0197' });

    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await page.goto(`${setup.served.baseUrl}${PORTAL}/inloggen`);
    await page.getByRole('link', { name: 'Wachtwoord vergeten?' }).click();
    await heading(page, 'Wachtwoord vergeten');
    await expectAccessible(page);
    await page.getByLabel('E-mailadres').fill(email);
    await page.getByRole('button', { name: 'Stuur mij de link' }).click();
    await page.getByText(/krijg je nu een e-mail/).waitFor();

    const [{ link }] = await dataSource.query(
      `SELECT payload->>'link' AS link FROM outbox_event WHERE payload->>'recipientId' = $1 AND payload->>'template' = 'password-reset'`,
      [user.id],
    );
    await page.goto(`${setup.served.baseUrl}${link}`);
    await heading(page, 'Nieuw wachtwoord kiezen');
    await page.getByLabel('Nieuw wachtwoord').fill('kort');
    await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
    await page.getByText('Je wachtwoord is te kort.').waitFor();
    await expectAccessible(page, 'new-password');
    await page.getByLabel('Nieuw wachtwoord').fill('mijn-nieuwe-lange-wachtwoord');
    await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
    await page.getByText('Je nieuwe wachtwoord is opgeslagen.').waitFor();
    await page.close();

    const again = await signIn(setup.browser, setup.served.baseUrl, PORTAL, email, 'mijn-nieuwe-lange-wachtwoord');
    await heading(again, 'Hallo Fatima Bakker');
    await expectAccessible(again, 'home');
    await again.close();
  });
});

describe('seeker portal: profile wizard', () => {
  it('walks through every step, saving each one to the profile', async () => {
    const { page, auth } = await freshResident();
    await page.getByRole('link', { name: 'Vul je profiel in' }).click();
    await heading(page, 'Stap 1 van 9: Wat kun je?');
    await page.getByLabel('Zoek iets wat je kunt').fill('schoonm');
    await page.getByRole('button', { name: /^Toevoegen:/ }).first().click();
    await page.locator('.meedoen-chosen').first().waitFor();
    await expectAccessible(page, 'profile-skills');
    await page.getByRole('button', { name: 'Opslaan en verder' }).click();

    await heading(page, /Stap 2 van 9/);
    const afterSkills = await api(auth).get('/api/v1/seekers/me');
    expect(afterSkills.body.skills).toHaveLength(1);
    await page.getByLabel(/^Dagbesteding/).uncheck();
    await page.getByLabel('schoonmaak').check();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Opslaan en verder' }).click();

    await heading(page, /Stap 3 van 9/);
    await page.getByLabel('Minstens hoeveel uur per week?').fill('8');
    await page.getByLabel('Hoogstens hoeveel uur per week?').fill('4');
    await page.getByRole('button', { name: 'Opslaan en verder' }).click();
    await page.getByText('Dit getal moet even groot of groter zijn').waitFor();
    await expectAccessible(page, 'profile-hours-error');
    await page.getByLabel('Hoogstens hoeveel uur per week?').fill('24');
    await page.getByLabel('Maandag').check();
    await page.getByLabel('Ochtend').check();
    await page.getByRole('button', { name: 'Opslaan en verder' }).click();

    await heading(page, /Stap 4 van 9/);
    await page.getByLabel('Je postcode').fill('7071 AB');
    await page.getByLabel('Fiets').check();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Opslaan en verder' }).click();

    await heading(page, /Stap 5 van 9/);
    await page.getByLabel('Ja, ik heb een rijbewijs').check();
    await page.getByRole('button', { name: 'Opslaan en verder' }).click();

    await heading(page, /Stap 6 van 9/);
    await page.getByLabel('Ik kan me goed redden in het dagelijks leven').check();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Opslaan en verder' }).click();

    await heading(page, /Stap 7 van 9/);
    await page.getByLabel('Zoek het werk dat je deed').fill('schoonmaker');
    await page.getByRole('button', { name: /^Toevoegen:/ }).first().click();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Opslaan en verder' }).click();

    await heading(page, /Stap 8 van 9/);
    await page.getByLabel('Ik til liever niets zwaars').check();
    await page.getByLabel('Een jobcoach die me helpt').check();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Opslaan en verder' }).click();

    await heading(page, /Stap 9 van 9/);
    await page.getByLabel(/^Ook werkgevers, zonder mijn naam/).check();
    await expectAccessible(page, 'profile-visibility');
    await page.getByRole('button', { name: 'Opslaan en klaar' }).click();
    await heading(page, 'Je profiel is klaar');
    await expectAccessible(page);

    const profile = (await api(auth).get('/api/v1/seekers/me')).body;
    expect(profile).toMatchObject({
      unwantedKinds: ['day-activity'],
      interests: ['cleaning'],
      hoursMin: 8,
      hoursMax: 24,
      availability: [{ day: 'mon', part: 'morning' }],
      travel: [{ mode: 'bike', maxMinutes: 30 }],
      hasDrivingLicence: true,
      dutchLevel: 'B1',
      limitations: ['no-heavy-lifting'],
      supportNeeded: ['job-coach'],
      visibility: 'employers-anonymous',
    });
    expect(profile.postcode).toMatch(/^7071/);
    expect(profile.experience).toHaveLength(1);
    await page.close();
  });
});

describe('seeker portal: for you', () => {
  it('shows matched places with a plain explanation, a link to each place, and why a near miss does not fit', async () => {
    const page = await signIn(setup.browser, setup.served.baseUrl, PORTAL, 'demo.werkzoekende@meedoen.test');
    const auth = await authOf('demo.werkzoekende@meedoen.test');
    const matches = (await api(auth).get('/api/v1/seekers/me/matches?pageSize=20')).body;
    await page.goto(`${setup.served.baseUrl}${PORTAL}/voor-jou`);
    await heading(page, 'Voor jou');
    const first = page.locator('article').first();
    await first.waitFor();
    expect(await first.getByText(/Past \d+ van 100/).count()).toBe(1);
    expect(await first.getByRole('heading', { name: 'Waarom dit past' }).count()).toBe(1);
    if (matches.nearMisses.length > 0) {
      const nearMiss = page.locator('#near-misses ~ ol article').first();
      await nearMiss.getByRole('heading', { name: 'Wat niet past' }).waitFor();
      expect(await nearMiss.locator('.meedoen-near-miss p').textContent()).toBe(matches.nearMisses[0].explanation.sentences[1]);
    }
    const gap = (await api(auth).get('/api/v1/seekers/me/skills-gap')).body;
    if (gap.items.length > 0) await page.getByRole('heading', { level: 2, name: 'Wat je nog kunt leren' }).waitFor();
    await expectAccessible(page, 'for-you');
    await first.getByRole('heading').getByRole('link').click();
    await heading(page, matches.items[0].vacancy.title);
    await page.close();
  });
});

describe('seeker portal: search', () => {
  it('filters by kind, hours and distance, shows a list and a map (also offline), and saves a search with an alert', async () => {
    const { page, auth } = await freshResident();
    await api(auth).patch('/api/v1/seekers/me', { postcode: '7071 AB', skills: [{ skillId: 'hedge-trimming', level: 1, source: 'self-declared' }] });
    await page.goto(`${setup.served.baseUrl}${PORTAL}/zoeken`);
    await heading(page, 'Zoeken');
    await page.getByText(/We vonden \d+ plekken/).waitFor();
    await page.getByText('Meer keuzes: soort werk, uren, afstand').click();
    await page.getByLabel(/^Vrijwilligerswerk/).check();
    await page.getByLabel('Hoogstens hoeveel uur per week?').fill('40');
    await page.getByLabel('Hoe ver van huis?').selectOption('50');
    await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
    await page.waitForURL(/kind=volunteer/);
    expect(page.url()).toMatch(/radiusKm=50/);
    const expected = (await api(auth).get(`/api/v1/vacancies?${new URL(page.url()).searchParams}&pageSize=10`)).body;
    const cards = page.locator('main ol.meedoen-card-list > li');
    if (expected.total === 0) await page.getByText('We vinden niets met deze keuzes.').waitFor();
    else {
      await page.getByText(`We vonden ${expected.total} plekken.`).waitFor();
      expect(await cards.count()).toBe(expected.items.length);
      await expect(cards.first().textContent()).resolves.toContain('Vrijwilligerswerk');
      await page.getByRole('button', { name: 'Laat zien op de kaart' }).click();
      await page.locator('.leaflet-container').waitFor();
      await page.locator('path.leaflet-interactive').first().waitFor();
    }
    await expectAccessible(page, 'search');

    await page.getByLabel('Naam van de zoekopdracht').fill('Vrijwilligerswerk dichtbij');
    await page.getByLabel('Ja, één keer per week').check();
    await page.getByRole('button', { name: 'Zoekopdracht bewaren' }).click();
    await page.getByText('Je zoekopdracht is bewaard.').waitFor();
    await page.getByRole('link', { name: 'Vrijwilligerswerk dichtbij' }).waitFor();
    const saved = (await api(auth).get('/api/v1/saved-searches')).body.items;
    expect(saved).toEqual([expect.objectContaining({ name: 'Vrijwilligerswerk dichtbij', alert: 'weekly', criteria: expect.objectContaining({ kind: ['volunteer'], radiusKm: 50 }) })]);
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Verwijderen: Vrijwilligerswerk dichtbij' }).click();
    await page.getByText('De zoekopdracht is weg.').waitFor();
    expect((await api(auth).get('/api/v1/saved-searches')).body.items).toEqual([]);
    await page.close();
  });
});

describe('seeker portal: vacancy and applying', () => {
  it('shows what, where, hours, support, needs and offer, and applies with a short motivation (no CV)', async () => {
    const { page, auth, id } = await freshResident();
    const vacancy = (await api(auth).get('/api/v1/vacancies?pageSize=1')).body.items[0];
    await page.goto(`${setup.served.baseUrl}${PORTAL}/vacatures/${vacancy.id}`);
    await heading(page, vacancy.title);
    for (const section of ['Wat ga je doen?', 'Welke hulp krijg je?', 'Wat heb je nodig?', 'Wat krijg je?', 'Reageren']) {
      await page.getByRole('heading', { level: 2, name: section }).waitFor();
    }
    await expectAccessible(page, 'vacancy');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 2, name: 'What will you do?' }).waitFor();
    await page.getByRole('button', { name: 'Respond now' }).waitFor();
    await expectAccessible(page, 'vacancy-en');
    await page.getByRole('button', { name: 'Nederlands' }).click();
    await page.getByLabel('Waarom wil je dit werk?').fill('Ik werk graag buiten.');
    await page.getByRole('button', { name: 'Reageer nu' }).click();
    await page.getByText('Je reactie is verstuurd.').waitFor();
    const [application] = await dataSource.query(`SELECT status, motivation FROM application WHERE vacancy_id = $1 AND seeker_user_id = $2`, [vacancy.id, id]);
    expect(application).toEqual({ status: 'applied', motivation: 'Ik werk graag buiten.' });
    await page.reload();
    await page.getByText('Je hebt al op deze plek gereageerd.').waitFor();
    await expectAccessible(page);

    await page.goto(`${setup.served.baseUrl}${PORTAL}/vacatures/00000000-0000-4000-8000-000000000000`);
    await heading(page, 'Deze plek kunnen we niet laten zien');
    await page.getByText('We kunnen dit niet vinden.').waitFor();
    await expectAccessible(page);
    await page.close();
  });
});

describe('seeker portal: responses, invitations and proposals', () => {
  it('consents to a proposal, declines one on its own page, accepts an invitation and withdraws the application', async () => {
    const { page, auth, id } = await freshResident();
    await api(auth).patch('/api/v1/seekers/me', { visibility: 'employers-anonymous' });
    const vacancies: { id: string; title: string }[] = await dataSource.query(
      `SELECT v.id, v.title FROM vacancy v JOIN "user" u ON u.employer_id = v.employer_id
        WHERE u.email = 'demo.werkgever@meedoen.test' AND v.status = 'published' AND (v.closes_on IS NULL OR v.closes_on >= current_date)
        ORDER BY v.created_at LIMIT 3`,
    );
    expect(vacancies).toHaveLength(3);
    const employer = await authOf('demo.werkgever@meedoen.test');
    const caseworker = await authOf('demo.regisseur@meedoen.test');
    const propose = (vacancyId: string) =>
      setup.served.http().post(`/api/v1/vacancies/${vacancyId}/proposals`).set(caseworker).send({ seekerId: id, note: 'Je bent precies en houdt van buiten werken.' });
    const consented = (await propose(vacancies[0].id)).body;
    const declined = (await propose(vacancies[1].id)).body;
    const invited = await setup.served.http().post(`/api/v1/vacancies/${vacancies[2].id}/invitations`).set(employer).send({ seekerId: id, message: 'Kom je kennismaken?' });
    expect([consented.status, declined.status, invited.status]).toEqual(['awaiting-consent', 'awaiting-consent', 201]);

    await page.goto(`${setup.served.baseUrl}${PORTAL}/mijn-reacties`);
    await heading(page, 'Mijn reacties');
    const proposalCard = page.locator('article', { has: page.getByRole('link', { name: vacancies[0].title }) }).first();
    await proposalCard.getByText('Je casusregisseur schrijft').waitFor();
    await expectAccessible(page, 'responses');
    await proposalCard.getByRole('button', { name: 'Ja, stuur mijn voordracht' }).click();
    await page.locator('#proposals-heading ~ ul article', { has: page.getByRole('link', { name: vacancies[0].title }) }).getByText('De werkgever kijkt ernaar').waitFor();
    expect((await dataSource.query(`SELECT status FROM proposal WHERE id = $1`, [consented.id]))[0].status).toBe('awaiting-employer');

    const invitationCard = page.locator('#invitations-heading ~ ul article').first();
    await invitationCard.getByText('De werkgever schrijft: "Kom je kennismaken?"').waitFor();
    await invitationCard.getByLabel('Waarom wil je dit werk?').fill('Graag!');
    await invitationCard.getByRole('button', { name: 'Ja, ik wil reageren' }).click();
    const applicationCard = page.locator('#applications-heading ~ ul article', { has: page.getByRole('link', { name: vacancies[2].title }) });
    await applicationCard.getByText('Verstuurd').waitFor();
    await applicationCard.getByText('Je hebt gereageerd').waitFor();
    await expectAccessible(page);
    await applicationCard.getByRole('button', { name: 'Reactie intrekken' }).click();
    await applicationCard.getByText('Weet je zeker dat je je reactie wilt intrekken?').waitFor();
    await expectAccessible(page);
    await applicationCard.getByRole('button', { name: 'Ja: Reactie intrekken' }).click();
    await applicationCard.getByText('Je hebt je reactie ingetrokken').waitFor();
    const [application] = await dataSource.query(`SELECT status, motivation FROM application WHERE vacancy_id = $1 AND seeker_user_id = $2`, [vacancies[2].id, id]);
    expect(application).toEqual({ status: 'withdrawn', motivation: 'Graag!' });

    await page.goto(`${setup.served.baseUrl}${PORTAL}/voordrachten/${declined.id}`);
    await heading(page, 'Voordracht');
    await page.getByRole('button', { name: 'Nee, liever niet' }).click();
    await page.getByText('Je hebt nee gezegd', { exact: true }).waitFor();
    await expectAccessible(page, 'proposal');
    expect((await dataSource.query(`SELECT status FROM proposal WHERE id = $1`, [declined.id]))[0].status).toBe('declined-by-seeker');
    await page.close();
  });
});

describe('seeker portal: appointments', () => {
  it('confirms an appointment with the caseworker and offers it as a calendar file', async () => {
    const { page, id } = await freshResident();
    const caseworker = await authOf('demo.regisseur@meedoen.test');
    const startsAt = new Date(Date.now() + 3 * 24 * 3600_000);
    startsAt.setUTCHours(9, 0, 0, 0);
    const planned = await setup.served
      .http()
      .post('/api/v1/appointments')
      .set(caseworker)
      .send({ seekerId: id, startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + 45 * 60_000).toISOString(), mode: 'in-person', location: 'Gemeentehuis Ulft', purpose: 'Kennismaken en je wensen bespreken' });
    expect(planned.status).toBe(201);

    await page.goto(`${setup.served.baseUrl}${PORTAL}/afspraken`);
    await heading(page, 'Afspraken');
    const card = page.locator('article', { hasText: 'Kennismaken en je wensen bespreken' });
    await card.getByText('Zeg nog of je komt').waitFor();
    await expectAccessible(page, 'appointments');
    const href = await card.getByRole('link', { name: 'Zet in mijn agenda' }).getAttribute('href');
    const ics = decodeURIComponent(href!.replace(/^data:text\/calendar;charset=utf-8,/, ''));
    expect(ics).toContain(`DTSTART:${startsAt.toISOString().replace(/[-:]/g, '').replace('.000', '')}`);
    expect(ics).toContain('LOCATION:Gemeentehuis Ulft');
    await card.getByRole('button', { name: 'Ik kom' }).click();
    await page.locator('article', { hasText: 'Kennismaken en je wensen bespreken' }).getByText('Je hebt gezegd dat je komt').waitFor();
    expect((await dataSource.query(`SELECT status FROM appointment WHERE id = $1`, [planned.body.id]))[0].status).toBe('confirmed');
    await expectAccessible(page);
    await page.close();
  });
});

describe('seeker portal: privacy', () => {
  it('shows and downloads my data, and deletes my account', async () => {
    const { page, id, email } = await freshResident();
    await page.goto(`${setup.served.baseUrl}${PORTAL}/privacy`);
    await heading(page, 'Mijn gegevens');
    await page.getByText(email).waitFor();
    await page.getByText(/^Je profiel: /).waitFor();
    await expectAccessible(page, 'privacy');
    const download = await page.getByRole('link', { name: 'Download mijn gegevens' }).getAttribute('href');
    const exported = await page.evaluate(async (path) => (await fetch(path!)).json(), download);
    expect(exported.account).toMatchObject({ id, email });

    await page.getByRole('button', { name: 'Verwijder mijn account' }).click();
    await page.getByText('Weet je het zeker?').waitFor();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Ja: Verwijder mijn account' }).click();
    await heading(page, 'Je account is verwijderd');
    await expectAccessible(page);
    const [user] = await dataSource.query(`SELECT anonymised_at FROM "user" WHERE id = $1`, [id]);
    expect(user.anonymised_at).not.toBeNull();
    expect((await setup.served.http().post('/api/v1/sessions').send({ email, password: RESIDENT_PASSWORD })).status).toBe(401);
    await page.close();
  });
});

async function authOf(email: string) {
  const response = await setup.served.http().post('/api/v1/sessions').send({ email, password: 'meedoen-demo' });
  return { Authorization: `Bearer ${response.body.token}` };
}

function api(auth: { Authorization: string }) {
  return {
    get: (path: string) => setup.served.http().get(path).set(auth),
    patch: (path: string, body: object) => setup.served.http().patch(path).set(auth).send(body),
  };
}
