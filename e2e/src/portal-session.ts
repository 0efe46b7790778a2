import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';

export const DEMO_PASSWORD = 'meedoen-demo';

export const DEMO_LOGINS = {
  seeker: { portal: '/werkzoekenden', email: 'demo.werkzoekende@meedoen.test' },
  employer: { portal: '/werkgevers', email: 'demo.werkgever@meedoen.test' },
  caseworker: { portal: '/regie', email: 'demo.regisseur@meedoen.test' },
  administrator: { portal: '/regie', email: 'demo.beheerder@meedoen.test' },
} as const;

/** Signs in through the portal's own sign-in page, as a user would, and leaves the page on the portal's home. */
export async function signIn(
  browser: Browser,
  baseUrl: string,
  portal: string,
  email: string,
  password = DEMO_PASSWORD,
): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(`${baseUrl}${portal}/inloggen`);
  await page.getByLabel(/E-mailadres|Email address/).fill(email);
  await page.getByLabel(/Wachtwoord|Password/).fill(password);
  await page.getByRole('button', { name: /Inloggen|Sign in/ }).click();
  await page.waitForURL((url) => !url.pathname.endsWith('/inloggen'));
  return page;
}

export function signInAsDemo(browser: Browser, baseUrl: string, who: keyof typeof DEMO_LOGINS): Promise<Page> {
  const { portal, email } = DEMO_LOGINS[who];
  return signIn(browser, baseUrl, portal, email);
}

const SCREENSHOT_DIR = join(__dirname, '..', '..', 'test-artifacts', 'screenshots');
const SCREENSHOT_WIDTHS = [360, 1280] as const;

/** Keeps full-page screenshots of the page at phone and desktop width as test artefacts (test-artifacts/screenshots). */
export async function saveScreenshots(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const original = page.viewportSize();
  for (const width of SCREENSHOT_WIDTHS) {
    await page.setViewportSize({ width, height: 800 });
    await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}-${width}.png`), fullPage: true });
  }
  if (original) await page.setViewportSize(original);
}
