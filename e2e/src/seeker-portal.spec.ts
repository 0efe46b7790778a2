import type { Browser, Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { registerResident, RESIDENT_PASSWORD } from '../../apps/api/test/residents';
import { uniqueEmail } from '../../apps/api/test/test-app';
import { axeViolations, launchChromium } from './browser';
import { saveScreenshots, signIn } from './portal-session';
import { startServedApp } from './served-app';

let served: Awaited<ReturnType<typeof startServedApp>>;
let browser: Browser;
let dataSource: DataSource;

beforeAll(async () => {
  served = await startServedApp();
  browser = await launchChromium();
  dataSource = served.app.get(DataSource);
});
afterAll(async () => {
  await browser?.close();
  await served?.app.close();
});

const PORTAL = '/werkzoekenden';

async function expectAccessible(page: Page, screenshot?: string) {
  expect(await axeViolations(page)).toEqual([]);
  if (screenshot) await saveScreenshots(page, `seeker-${screenshot}`);
}

async function heading(page: Page, name: string | RegExp) {
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

/** A fresh resident, signed in through the portal's sign-in page. */
async function freshResident() {
  const resident = await registerResident(served);
  const page = await signIn(browser, served.baseUrl, PORTAL, resident.email, RESIDENT_PASSWORD);
  return { ...resident, page };
}

describe('seeker portal: account', () => {
  it('registers with a municipality, lands in the profile, and resets a forgotten password by e-mail link', async () => {
    const page = await browser.newPage();
    await page.goto(`${served.baseUrl}${PORTAL}/`);
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
    await page.goto(`${served.baseUrl}${PORTAL}/inloggen`);
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
    await page.goto(`${served.baseUrl}${link}`);
    await heading(page, 'Nieuw wachtwoord kiezen');
    await page.getByLabel('Nieuw wachtwoord').fill('kort');
    await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
    await page.getByText('Je wachtwoord is te kort.').waitFor();
    await expectAccessible(page, 'new-password');
    await page.getByLabel('Nieuw wachtwoord').fill('mijn-nieuwe-lange-wachtwoord');
    await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
    await page.getByText('Je nieuwe wachtwoord is opgeslagen.').waitFor();
    await page.close();

    const again = await signIn(browser, served.baseUrl, PORTAL, email, 'mijn-nieuwe-lange-wachtwoord');
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

function api(auth: { Authorization: string }) {
  return { get: (path: string) => served.http().get(path).set(auth) };
}
