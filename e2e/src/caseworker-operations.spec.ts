import type { Page } from 'playwright-core';
import { verifiedEmployer } from '../../apps/api/test/marketplace-fixtures';
import { DEMO, registerResident } from '../../apps/api/test/residents';
import { signIn as signInApi, type TestApp } from '../../apps/api/test/test-app';
import { axeViolations } from './browser';
import { saveScreenshots, signInAsDemo } from './portal-session';
import { servedBrowser } from './served-browser';

/** The operations half of the caseworkers' portal: placements, appointments, results and the audit log. */

const setup = servedBrowser();
let caseworker: { Authorization: string };

beforeAll(async () => {
  caseworker = await signInApi(setup.served, DEMO.caseworker);
}, 60_000);


const amsterdamDay = (moment = new Date()) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(moment);
const daysFromToday = (days: number) => amsterdamDay(new Date(Date.now() + days * 86_400_000));

let residentCount = 0;
/** A new resident of Oude IJsselstreek (the demo caseworker's municipality) with a name no other test uses. */
async function newResident(api: TestApp, label: string) {
  const name = `${label} ${process.pid}-${Date.now()}-${residentCount++}`;
  const resident = await registerResident(api, 'GM1509', name);
  return { ...resident, name };
}

async function expectNoAxeViolations(page: Page) {
  expect(await axeViolations(page)).toEqual([]);
}

async function heading(page: Page, name: string | RegExp) {
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

describe('placements', () => {
  it('lists due aftercare, records an at-risk check-in (with a follow-up action) and ends the placement', async () => {
    const resident = await newResident(setup.served, 'Plaatsing Inwoner');
    const employer = await verifiedEmployer(setup.served, caseworker);
    const created = await setup.served
      .http()
      .post('/api/v1/placements')
      .set(caseworker)
      .send({ seekerId: resident.id, employerId: employer.id, kind: 'volunteer', startDate: daysFromToday(-8), hoursPerWeek: 12 });
    expect(created.status).toBe(201);
    const placementId = created.body.id as string;

    const page = await signInAsDemo(setup.browser, setup.served.baseUrl, 'caseworker');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Plaatsingen' }).click();
    await heading(page, 'Plaatsingen');
    await page.getByLabel('Soort plaats').selectOption('volunteer');
    await page.getByRole('button', { name: 'Toon' }).click();
    await page.waitForURL(/soort=volunteer/);
    const row = page.getByRole('row', { name: new RegExp(resident.name) });
    await row.waitFor();
    expect(await row.textContent()).toContain('Te laat');
    await expectNoAxeViolations(page);
    await saveScreenshots(page, 'regie-plaatsingen');

    await row.getByRole('link', { name: resident.name }).click();
    await heading(page, `Plaatsing van ${resident.name}`);
    expect(await page.getByRole('table', { name: 'Nazorgcontacten' }).textContent()).toContain('Nog te doen, te laat');
    await expectNoAxeViolations(page);

    // Without an outcome the form says what is missing, next to the field.
    await page.getByRole('button', { name: 'Nazorgcontact opslaan' }).click();
    await page.getByText('Kies hoe het gaat.').waitFor();

    await page.getByLabel('Welk contact?').selectOption('week-1');
    await page.getByLabel('Loopt risico').check();
    await page.getByLabel(/Notitie/).fill('Werkgever klaagt over te laat komen.');
    await page.getByRole('button', { name: 'Nazorgcontact opslaan' }).click();
    await page.getByRole('status').getByText(/Er staat nu een vervolgactie klaar/).waitFor();
    expect(await page.getByRole('table', { name: 'Nazorgcontacten' }).textContent()).toContain('Loopt risico');
    await expectNoAxeViolations(page);
    await saveScreenshots(page, 'regie-plaatsing-nazorg');

    const actions = await setup.served.http().get(`/api/v1/seekers/${resident.id}/case-actions`).set(caseworker);
    expect(actions.body.items).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'check-in-follow-up', sourceId: placementId, doneAt: null })]));

    await page.getByLabel('Reden').selectOption('resident-stopped');
    await page.getByRole('button', { name: 'Plaatsing beëindigen' }).click();
    await page.getByRole('status').getByText('De plaatsing is beëindigd.').waitFor();
    await page.getByText('Inwoner is gestopt').waitFor();
    expect(await page.getByRole('button', { name: 'Plaatsing beëindigen' }).count()).toBe(0);
    await expectNoAxeViolations(page);

    const placement = await setup.served.http().get(`/api/v1/placements/${placementId}`).set(caseworker);
    expect(placement.body).toMatchObject({ status: 'ended', endReason: 'resident-stopped', endedOn: amsterdamDay() });
    expect(placement.body.checkIns.find((checkIn: { milestone: string }) => checkIn.milestone === 'week-1')).toMatchObject({ outcome: 'at-risk' });
    await page.close();
  });
});

describe('appointments', () => {
  /** Plans an appointment that starts in a few seconds (planning needs a future start), so its outcome can be recorded soon after. */
  async function appointmentStartingSoon(seekerId: string, purpose: string, startsAt: Date) {
    const response = await setup.served
      .http()
      .post('/api/v1/appointments')
      .set(caseworker)
      .send({ seekerId, startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + 30 * 60_000).toISOString(), mode: 'phone', purpose });
    expect(response.status).toBe(201);
    return response.body.id as string;
  }

  it('shows the day and week, records attended and no-show, and arranges the follow-up', async () => {
    const resident = await newResident(setup.served, 'Afspraak Inwoner');
    const startsAt = new Date(Date.now() + 8_000);
    const attendedId = await appointmentStartingSoon(resident.id, `Kennismaking ${resident.name}`, startsAt);
    const missedId = await appointmentStartingSoon(resident.id, `Plan bespreken ${resident.name}`, startsAt);
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, startsAt.getTime() - Date.now() + 500)));

    const page = await signInAsDemo(setup.browser, setup.served.baseUrl, 'caseworker');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Afspraken' }).click();
    await heading(page, 'Afspraken');
    await page.getByRole('heading', { level: 2, name: /^Week van/ }).waitFor();
    await page.getByText(`Kennismaking ${resident.name}`, { exact: false }).waitFor();
    await expectNoAxeViolations(page);
    await saveScreenshots(page, 'regie-afspraken-week');

    await page.getByRole('navigation', { name: 'Andere dag of week' }).getByRole('link', { name: 'Dag', exact: true }).click();
    await page.waitForURL(/weergave=dag/);
    const attended = page.getByRole('listitem').filter({ hasText: `Kennismaking ${resident.name}` });
    const missed = page.getByRole('listitem').filter({ hasText: `Plan bespreken ${resident.name}` });
    await attended.getByRole('button', { name: 'Inwoner was er', exact: true }).click();
    await attended.getByRole('status').getByText('Opgeslagen: de inwoner was er.').waitFor();

    await missed.getByRole('button', { name: 'Inwoner was er niet' }).click();
    await missed.getByRole('status').getByText(/de inwoner was er niet/).waitFor();
    // The no-show added a follow-up action; the panel opens on it.
    await missed.getByText(/Niet verschenen op de afspraak/).waitFor();
    expect(await missed.getByText('(komt van deze afspraak)').count()).toBe(1);
    await expectNoAxeViolations(page);
    await saveScreenshots(page, 'regie-afspraken-vervolg');

    const list = await setup.served.http().get(`/api/v1/appointments?seekerId=${resident.id}`).set(caseworker);
    const statusOf = (id: string) => list.body.items.find((item: { id: string }) => item.id === id)?.status;
    expect([statusOf(attendedId), statusOf(missedId)]).toEqual(['attended', 'no-show']);

    // Plan the next appointment from the follow-up: tomorrow, by phone, about the same.
    await missed.getByRole('button', { name: 'Afspraak plannen' }).click();
    await missed.getByRole('status').getByText(/De nieuwe afspraak staat op/).waitFor();
    const after = await setup.served.http().get(`/api/v1/appointments?seekerId=${resident.id}&status=planned`).set(caseworker);
    expect(after.body.items).toEqual([expect.objectContaining({ mode: 'phone', purpose: `Plan bespreken ${resident.name}` })]);
    expect(after.body.items[0].startsAt > new Date().toISOString()).toBe(true);

    // The no-show follow-up is done.
    await missed.getByRole('button', { name: 'Markeer als klaar' }).first().click();
    await missed.getByRole('status').getByText('De vervolgactie is klaar.').waitFor();
    const actions = await setup.served.http().get(`/api/v1/seekers/${resident.id}/case-actions`).set(caseworker);
    const followUp = actions.body.items.find((action: { sourceId: string | null }) => action.sourceId === missedId);
    expect(followUp).toMatchObject({ kind: 'no-show-follow-up' });
    expect(followUp.doneAt).not.toBeNull();
    await expectNoAxeViolations(page);
    await page.close();
  });
});

describe('results', () => {
  it('shows outflow against the target with charts and tables, downloads CSV and prints without the page frame', async () => {
    const year = amsterdamDay().slice(0, 4);
    const api = await setup.served.http().get(`/api/v1/reports/outflow?from=${year}-01-01&to=${amsterdamDay()}`).set(caseworker);
    expect(api.status).toBe(200);

    const page = await signInAsDemo(setup.browser, setup.served.baseUrl, 'caseworker');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Resultaten' }).click();
    await heading(page, 'Resultaten');
    await page.getByRole('heading', { level: 2, name: 'Uitstroom naar werk' }).waitFor();
    await page.getByText(`Het doel is ${api.body.outflow.yearlyTarget}.`, { exact: false }).first().waitFor();
    for (const title of ['Plaatsingen per soort', 'Van intake tot werk', 'Tijd tot plaatsing', 'Niet verschenen op afspraken', 'Welke vaardigheden missen']) {
      await page.getByRole('heading', { level: 2, name: title }).waitFor();
    }
    // Every chart is an image with a spoken summary, and its figures stand in a table too.
    const charts = page.getByRole('img', { name: /grafiek/i });
    expect(await charts.count()).toBeGreaterThanOrEqual(4);
    expect(await page.getByRole('table', { name: /De cijfers van de grafiek/ }).count()).toBe(await charts.count());
    await expectNoAxeViolations(page);
    await saveScreenshots(page, 'regie-resultaten');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Uitstroom naar werk (CSV)' }).click()]);
    const { readFile } = await import('node:fs/promises');
    const csv = await readFile((await download.path())!, 'utf8');
    expect(csv.split('\r\n')[0]).toBe('month,outflow,cumulative');
    expect(download.suggestedFilename()).toMatch(/^uitstroom-GM1509-/);

    // A shorter period: the address keeps it, the report follows.
    await page.getByLabel('Van', { exact: true }).fill(`${year}-01-01`);
    await page.getByLabel('Tot en met', { exact: true }).fill(`${year}-01-31`);
    await page.getByRole('button', { name: 'Toon' }).click();
    await page.waitForURL(/tot=\d{4}-01-31/);
    await page.getByText(/Periode: 1 januari \d{4} tot en met 31 januari \d{4}\. Gemeente Oude IJsselstreek\./).waitFor();

    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.meedoen-header').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Afdrukken' }).isVisible()).toBe(false);
    expect(await page.getByRole('table', { name: /Uitstroom naar werk/ }).isVisible()).toBe(true);
    await page.close();
  });

  it('lets an administrator choose a municipality or all of them', async () => {
    const page = await signInAsDemo(setup.browser, setup.served.baseUrl, 'administrator');
    const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
    expect(await menu.getByRole('link', { name: 'Plaatsingen' }).count()).toBe(0);
    await menu.getByRole('link', { name: 'Resultaten' }).click();
    await page.getByText(/Alle gemeenten\./).waitFor();
    await page.getByLabel('Gemeente').selectOption('GM1509');
    await page.getByRole('button', { name: 'Toon' }).click();
    await page.getByText(/Gemeente Oude IJsselstreek\./).waitFor();
    await expectNoAxeViolations(page);
    await page.close();
  });
});

describe('audit log', () => {
  it('lets an administrator filter the log by what happened, about whom and by whom', async () => {
    const resident = await newResident(setup.served, 'Logboek Inwoner');
    const employer = await verifiedEmployer(setup.served, caseworker);
    const created = await setup.served
      .http()
      .post('/api/v1/placements')
      .set(caseworker)
      .send({ seekerId: resident.id, employerId: employer.id, kind: 'training', startDate: amsterdamDay(), hoursPerWeek: 8 });
    expect(created.status).toBe(201);

    const page = await signInAsDemo(setup.browser, setup.served.baseUrl, 'administrator');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Logboek' }).click();
    await heading(page, 'Logboek');
    await page.getByRole('table', { name: 'Logboek, nieuwste eerst' }).waitFor();
    await expectNoAxeViolations(page);

    await page.getByLabel('Wat gebeurde er?').selectOption('placement.created');
    await page.getByLabel(/Nummer \(id\) van de inwoner/).fill(resident.id);
    await page.getByLabel('Van (niet verplicht)').fill(amsterdamDay());
    await page.getByRole('button', { name: 'Toon' }).click();
    await page.getByText('1 gebeurtenissen gevonden.').waitFor();
    const row = page.getByRole('row', { name: /Plaatsing vastgelegd/ });
    expect(await row.textContent()).toContain('casusregisseur');
    expect(await row.textContent()).toContain(`placementId: ${created.body.id}`);
    await expectNoAxeViolations(page);
    await saveScreenshots(page, 'regie-logboek');

    // Everything this caseworker did: the filter follows the link.
    await row.getByRole('link', { name: /casusregisseur/ }).click();
    await page.waitForURL(/door=/);
    await page.getByRole('table', { name: 'Logboek, nieuwste eerst' }).waitFor();
    const actors = await page.getByRole('row').filter({ has: page.getByRole('link', { name: /casusregisseur/ }) }).count();
    expect(actors).toBeGreaterThan(0);

    // The same page in English.
    await page.getByRole('button', { name: 'English' }).click();
    await heading(page, 'Audit log');
    await page.getByRole('table', { name: 'Audit log, newest first' }).waitFor();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Nederlands' }).click();
    await heading(page, 'Logboek');
    await page.close();

    // Caseworkers do not see it.
    const caseworkerPage = await signInAsDemo(setup.browser, setup.served.baseUrl, 'caseworker');
    expect(await caseworkerPage.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Logboek' }).count()).toBe(0);
    await caseworkerPage.goto(`${setup.served.baseUrl}/regie/logboek`);
    await heading(caseworkerPage, 'Deze pagina is niet voor jou');
    await caseworkerPage.close();
  });
});
