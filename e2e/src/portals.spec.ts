import type { Page } from 'playwright-core';
import { axeViolations } from './browser';
import { servedBrowser } from './served-browser';

const setup = servedBrowser();

async function openPage(path: string): Promise<Page> {
  const page = await setup.browser.newPage();
  const response = await page.goto(`${setup.served.baseUrl}${path}`);
  expect(response?.status()).toBe(200);
  await page.waitForSelector('h1');
  return page;
}

const PAGES = [
  '/',
  '/?lang=en',
  '/werkzoekenden/',
  '/werkzoekenden/inloggen',
  '/werkgevers/',
  '/werkgevers/inloggen',
  '/regie/',
  '/regie/inloggen',
];

describe('every page passes axe-core (WCAG 2.1 A and AA)', () => {
  it.each(PAGES)('%s', async (path) => {
    const page = await openPage(path);
    expect(await axeViolations(page)).toEqual([]);
    expect(await page.getAttribute('html', 'lang')).toMatch(/^(nl|en)$/);
    await page.close();
  });
});

describe('landing page', () => {
  it('links the three portals, in Dutch by default and in English on request', async () => {
    const page = await openPage('/');
    const links = await page.$$eval('main a', (anchors) => anchors.map((a) => a.getAttribute('href')));
    expect(links).toEqual(expect.arrayContaining(['/werkzoekenden/', '/werkgevers/', '/regie/']));
    expect(await page.getAttribute('html', 'lang')).toBe('nl');
    await page.getByRole('link', { name: 'English' }).click();
    await page.waitForURL(/lang=en/);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.close();
  });

  it('works by keyboard: the first Tab reaches the skip link, Enter follows a portal link', async () => {
    const page = await openPage('/');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('#inhoud');
    await page.locator('a[href="/werkzoekenden/"]').focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/werkzoekenden\/$/);
    await page.waitForSelector('h1');
    await page.close();
  });
});

describe('portal language', () => {
  it.each(['/werkzoekenden/', '/werkgevers/', '/regie/'])('%s switches to English and back with one button', async (path) => {
    const page = await openPage(path);
    expect(await page.getAttribute('html', 'lang')).toBe('nl');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('button', { name: 'Nederlands' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Nederlands' }).click();
    await page.getByRole('button', { name: 'English' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('nl');
    await page.close();
  });
});

describe('portal sign-in', () => {
  it('signs the demo seeker in by keyboard only and shows who is signed in', async () => {
    const page = await openPage('/werkzoekenden/inloggen');
    await page.getByLabel('E-mailadres').focus();
    await page.keyboard.type('demo.werkzoekende@meedoen.test');
    await page.keyboard.press('Tab');
    await page.keyboard.type('meedoen-demo');
    await page.keyboard.press('Enter');
    await page.getByText('Sanne de Vries').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('shows the signed-in seeker matched places with a plain explanation, accessibly', async () => {
    const page = await openPage('/werkzoekenden/inloggen');
    await page.getByLabel('E-mailadres').fill('demo.werkzoekende@meedoen.test');
    await page.getByLabel('Wachtwoord').fill('meedoen-demo');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByText('Sanne de Vries').first().waitFor();
    await page.goto(`${setup.served.baseUrl}/werkzoekenden/voor-jou`);
    await page.getByRole('heading', { level: 1, name: 'Voor jou' }).waitFor();
    const firstMatch = page.locator('article').first();
    await firstMatch.waitFor();
    expect(await firstMatch.getByText(/Past \d+ van 100/).count()).toBe(1);
    expect(await firstMatch.locator('li').count()).toBeGreaterThan(1);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('asks for a new-password link: a missing address is named, a filled-in one gets a plain answer', async () => {
    const page = await openPage('/werkgevers/wachtwoord-vergeten');
    await page.getByRole('button', { name: 'Stuur mij de link' }).click();
    await page.locator('.meedoen-field-error').getByText('Vul je e-mailadres in.').waitFor();
    await page.getByLabel('E-mailadres').fill('demo.werkgever@meedoen.test');
    await page.getByRole('button', { name: 'Stuur mij de link' }).click();
    await page.getByRole('status').getByText(/Als er een account is met dit e-mailadres/).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('says plainly when the password is wrong, without a crash', async () => {
    const page = await openPage('/werkgevers/inloggen');
    await page.getByLabel('E-mailadres').fill('demo.werkgever@meedoen.test');
    await page.getByLabel('Wachtwoord').fill('not-the-password');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByRole('alert').getByText('E-mailadres of wachtwoord klopt niet.').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
