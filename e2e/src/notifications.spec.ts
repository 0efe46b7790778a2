import type { Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { signIn as signInApi, uniqueEmail } from '../../apps/api/test/test-app';
import { axeViolations } from './browser';
import { saveScreenshots, signIn } from './portal-session';
import { servedBrowser } from './served-browser';

const PASSWORD = 'een-lang-en-sterk-wachtwoord';

const setup = servedBrowser();

const sql = (query: string, params: unknown[] = []) => setup.served.app.get(DataSource).query(query, params);

/** A fresh account per portal, so that marking read changes nobody else's notifications. */
async function freshUser(role: 'seeker' | 'employer' | 'caseworker'): Promise<{ id: string; email: string }> {
  const email = uniqueEmail(`meldingen-${role}`);
  const details = { email, password: PASSWORD, displayName: 'Noor Meldingen' };
  const created =
    role === 'caseworker'
      ? await setup.served.http().post('/api/v1/staff-accounts').set(await signInApi(setup.served, 'demo.beheerder@meedoen.test')).send({ ...details, role, municipalityCode: 'GM1509' })
      : await setup.served.http().post('/api/v1/accounts').send(
          role === 'seeker'
            ? { ...details, role, municipalityCode: 'GM1509' }
            : { ...details, role, organisation: { name: 'Bakkerij Meldingen', kvkNumber: '12345678', postcode: '7081 AB', houseNumber: '1' } },
        );
  expect(created.status).toBe(201);
  const [user] = await sql('SELECT id FROM "user" WHERE email = $1', [email]);
  return { id: user.id, email };
}

/** Notifications as the worker delivers them (the browser test runs no worker), oldest first. */
async function deliver(userId: string, items: { title: string; link: string | null; category: string }[]) {
  for (const [index, item] of items.entries()) {
    await sql(
      `INSERT INTO notification (user_id, event_id, category, template, title, body, link, created_at)
       VALUES ($1, gen_random_uuid(), $2, 'welcome', $3, $4, $5, now() - make_interval(mins => $6))`,
      [userId, item.category, item.title, 'Dit is de eerste zin.\nDit is de tweede zin.', item.link, items.length - index],
    );
  }
}

const unreadOf = async (userId: string): Promise<number> => (await sql('SELECT count(*)::int AS n FROM notification WHERE user_id = $1 AND read_at IS NULL', [userId]))[0].n;

async function expectAccessible(page: Page) {
  await page.waitForSelector('h1');
  expect(await axeViolations(page)).toEqual([]);
}

const PORTALS = [
  { role: 'seeker', portal: '/werkzoekenden', category: 'appointments', link: '/werkzoekenden/mijn-reacties' },
  { role: 'employer', portal: '/werkgevers', category: 'new-applications', link: '/werkgevers/vacatures' },
  { role: 'caseworker', portal: '/regie', category: 'appointments', link: '/regie/werkzoekenden' },
] as const;

describe.each(PORTALS)('notifications in $portal', ({ role, portal, category, link }) => {
  it('shows the unread count in the header, marks one and then all as read, and keeps the settings', async () => {
    const user = await freshUser(role);
    const page = await signIn(setup.browser, setup.served.baseUrl, portal, user.email, PASSWORD);

    await page.getByRole('link', { name: 'Meldingen', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Meldingen' }).waitFor();
    await page.getByText('Je hebt nog geen meldingen.').waitFor();
    await expectAccessible(page);

    await deliver(user.id, [
      { title: 'Eerste bericht', link: null, category },
      { title: 'Tweede bericht', link, category },
      { title: 'Derde bericht', link, category },
    ]);
    await page.reload();
    await page.getByRole('link', { name: 'Meldingen, 3 ongelezen' }).waitFor();
    await page.getByText('Je hebt 3 ongelezen meldingen.').waitFor();
    const titles = await page.locator('main h2').allTextContents();
    expect(titles).toEqual(['Derde bericht', 'Tweede bericht', 'Eerste bericht']);
    expect(await page.getByRole('link', { name: 'Bekijk: Derde bericht' }).getAttribute('href')).toBe(link);
    await expectAccessible(page);
    await saveScreenshots(page, `notifications-${role}`);

    const newest = page.getByRole('article', { name: 'Derde bericht' });
    await newest.getByRole('button', { name: 'Markeer als gelezen' }).click();
    await newest.getByText('Gelezen', { exact: true }).waitFor();
    await page.getByRole('link', { name: 'Meldingen, 2 ongelezen' }).waitFor();
    expect(await unreadOf(user.id)).toBe(2);

    await page.getByRole('button', { name: 'Alles gelezen' }).click();
    await page.getByText('Je hebt alles gelezen.').waitFor();
    await page.getByRole('link', { name: 'Meldingen', exact: true }).waitFor();
    expect(await unreadOf(user.id)).toBe(0);
    await expectAccessible(page);

    await page.getByRole('link', { name: 'Instellingen voor meldingen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Instellingen voor meldingen' }).waitFor();
    await expectAccessible(page);
    const group = page.getByRole('radiogroup', { name: category === 'appointments' ? /Afspraken/ : /Nieuwe reacties op je vacatures/ });
    await group.getByLabel('Alleen in Meedoen').check();
    await page.getByRole('radiogroup', { name: /Je account/ }).getByLabel('In Meedoen en één e-mail per week').check();
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('Je keuzes zijn opgeslagen.').waitFor();
    await expectAccessible(page);
    await saveScreenshots(page, `notification-settings-${role}`);

    const saved: { category: string; channel: string; frequency: string }[] = await sql(
      'SELECT category, channel, frequency FROM notification_preference WHERE user_id = $1 ORDER BY category', [user.id]);
    expect(saved).toContainEqual({ category, channel: 'in-app', frequency: category === 'appointments' ? 'instant' : 'daily' });
    expect(saved).toContainEqual({ category: 'account', channel: 'email', frequency: 'weekly' });
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Instellingen voor meldingen' }).waitFor();
    expect(await page.getByRole('radiogroup', { name: /Je account/ }).getByLabel('In Meedoen en één e-mail per week').isChecked()).toBe(true);
    await page.close();
  });
});
