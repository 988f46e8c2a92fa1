import type { Page } from 'playwright-core';
import { accessibilityViolations, launchBrowser, open, screenshot, settled } from './support/browser';
import { signInAs } from './support/signIn';
import { useDashboard } from './support/useDashboard';

// Issue #15: office staff record and move an intervention in the real browser, through the real gateway.
const STAFF = { id: 'office-UME', role: 'office', office: 'UME' };
const { platform, browser, url } = useDashboard(STAFF);

interface Organiser {
  id: string;
  name: string;
  organisationNumber: string;
  schools: { id: string; name: string }[];
}

/** An organiser in Umeå's area (Västerbotten) with two or more schools. */
async function organiserWithSchools(): Promise<Organiser> {
  const answer = await platform().query<{ organisers: { nodes: Organiser[] } }>(
    `{ organisers(first: 200, filter: { countyCode: "24" }) { nodes { id name organisationNumber schools { id name } } } }`,
  );
  const found = answer.data!.organisers.nodes.find((organiser) => organiser.schools.length >= 2);
  if (!found) throw new Error('The demo data has no organiser with two schools in Västerbotten.');
  return found;
}

async function recordIntervention(page: Page, organiser: Organiser): Promise<string> {
  await open(page, url('/insatser/ny'));
  await page.getByRole('searchbox', { name: 'Sök' }).first().fill(organiser.organisationNumber);
  await page.getByRole('button', { name: 'Sök', exact: true }).click();
  await page.getByRole('button', { name: new RegExp(`Välj: ${escape(organiser.name)}`) }).click();
  for (const school of organiser.schools.slice(0, 2)) {
    await page.getByRole('checkbox', { name: new RegExp(escape(school.name)) }).check();
  }
  await page.getByLabel('Insatstyp').selectOption('ADVICE');
  await page.getByLabel('Ursprung').selectOption('REQUEST');
  // A double click records one intervention: the button is disabled while the first is in flight, and the
  // request key makes a repeat the same create.
  await page.getByRole('button', { name: 'Registrera', exact: true }).dblclick();
  await page.waitForURL(/\/insats\?id=/);
  await settled(page);
  return new URL(page.url()).searchParams.get('id')!;
}

/** Moves the intervention shown from IDENTIFIED to ONGOING, a click a step, each seen through. */
async function startIt(page: Page): Promise<void> {
  for (const [move, reached] of [
    ['Erbjud', 'Erbjuden'],
    ['Accepterad av huvudmannen', 'Accepterad'],
    ['Starta', 'Pågående'],
  ]) {
    await page.getByRole('button', { name: move }).click();
    await page.getByTestId('intervention-status').getByText(reached, { exact: true }).waitFor();
  }
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const status = (page: Page) => page.getByTestId('intervention-status').innerText();

test('office staff record an intervention with two schools, move it through its lifecycle and follow it up', async () => {
  const { page } = browser();
  const organiser = await organiserWithSchools();
  const before = await platform().query<{ interventions: { totalCount: number } }>(
    `query ($o: ID!) { interventions(filter: { organiserId: $o, officeId: "UME" }) { totalCount } }`,
    { o: organiser.id },
  );
  const id = await recordIntervention(page, organiser);
  const after = await platform().query<{ interventions: { totalCount: number } }>(
    `query ($o: ID!) { interventions(filter: { organiserId: $o, officeId: "UME" }) { totalCount } }`,
    { o: organiser.id },
  );
  expect(after.data!.interventions.totalCount).toBe(before.data!.interventions.totalCount + 1);
  const schools = await page.locator('#schools-heading + ul li').allInnerTexts();
  expect(schools).toHaveLength(2);
  expect(await status(page)).toBe('Identifierad');
  // Only the moves the lifecycle allows are offered.
  const offered = await page.locator('.move-buttons button').allInnerTexts();
  expect(offered).toEqual(['Erbjud', 'Avbryt insatsen']);
  await startIt(page);
  // A refused move is explained next to it, by its code.
  await page.getByLabel('Datum för steget').fill('2001-01-01');
  await page.getByRole('button', { name: 'Slutför', exact: true }).click();
  const refusal = page.locator('.lifecycle-moves .form-error');
  await refusal.waitFor();
  expect(await refusal.getAttribute('data-code')).toBe('LIFECYCLE_VIOLATION');
  expect(await refusal.innerText()).toContain('Livscykeln tillåter inte');
  expect(await status(page)).toBe('Pågående');
  // Plan a follow-up and complete it with an assessment and a next step.
  await page.getByLabel('Förfallodatum').fill(await todayInPage(page));
  await page.getByRole('button', { name: 'Planera', exact: true }).click();
  await page.getByRole('form', { name: /Slutför uppföljningen/ }).waitFor();
  await page.getByLabel('Bedömd effekt').selectOption('SOME_EFFECT');
  await page.getByLabel('Nästa steg').fill('Ny dialog till hösten');
  await page.getByRole('button', { name: 'Slutför uppföljningen' }).click();
  await page.getByText(/Viss effekt\. Nästa steg: Ny dialog till hösten/).waitFor();
  await page.getByLabel('Datum för steget').fill(await todayInPage(page));
  await page.getByRole('button', { name: 'Slutför', exact: true }).click();
  await page.getByTestId('intervention-status').getByText('Genomförd', { exact: true }).waitFor();
  await page.getByRole('button', { name: 'Markera som uppföljd' }).click();
  await page.getByTestId('intervention-status').getByText('Uppföljd', { exact: true }).waitFor();
  expect(await page.locator('.move-buttons button').count()).toBe(0);
  // Its history, from the audit log: the create, the five moves, the follow-up planned and completed.
  const history = await page.locator('.intervention-history li').allInnerTexts();
  expect(history.map((line) => line.split('– ')[1])).toEqual([
    'createIntervention',
    'moveIntervention',
    'moveIntervention',
    'moveIntervention',
    'recordFollowUp',
    'completeFollowUp',
    'moveIntervention',
    'moveIntervention',
  ]);
  await screenshot(page, 'intervention-followed-up');
  const stored = await platform().query<{
    intervention: { status: string; schools: unknown[]; followUps: unknown[] };
  }>(`query ($id: ID!) { intervention(id: $id) { status schools { id } followUps { id } } }`, {
    id,
  });
  expect(stored.data!.intervention).toMatchObject({ status: 'FOLLOWED_UP', schools: [{}, {}], followUps: [{}] });
});

test('the second of two concurrent edits is told about the first and shown the new state', async () => {
  const { page } = browser();
  const organiser = await organiserWithSchools();
  const id = await recordIntervention(page, organiser);
  const other = await launchBrowser();
  try {
    await signInAs(other.page, platform().gatewayUrl, STAFF);
    await open(other.page, url(`/insats?id=${id}`));
    await page.getByRole('button', { name: 'Erbjud' }).click();
    await page.getByTestId('intervention-status').getByText('Erbjuden', { exact: true }).waitFor();
    // The other page still shows the intervention as identified, and cancels it.
    await other.page.getByRole('button', { name: 'Avbryt insatsen' }).click();
    const refusal = other.page.locator('.lifecycle-moves .form-error');
    await refusal.waitFor();
    expect(await refusal.getAttribute('data-code')).toBe('STALE_VERSION');
    expect(await refusal.innerText()).toContain('Någon annan ändrade insatsen');
    await other.page.getByTestId('intervention-status').getByText('Erbjuden', { exact: true }).waitFor();
  } finally {
    await other.stop();
  }
});

test('a follow-up planned or completed on a state someone else changed is refused, shown anew, and keeps what was typed', async () => {
  const { page } = browser();
  const organiser = await organiserWithSchools();
  const id = await recordIntervention(page, organiser);
  await startIt(page);
  const today = await todayInPage(page);
  const other = await launchBrowser();
  try {
    await signInAs(other.page, platform().gatewayUrl, STAFF);
    await open(other.page, url(`/insats?id=${id}`));
    // The first page completes the intervention; the other, still showing it ongoing, plans a follow-up.
    await page.getByLabel('Datum för steget').fill(today);
    await page.getByRole('button', { name: 'Slutför', exact: true }).click();
    await page.getByTestId('intervention-status').getByText('Genomförd', { exact: true }).waitFor();
    await other.page.getByLabel('Förfallodatum').fill(today);
    await other.page.getByRole('button', { name: 'Planera', exact: true }).click();
    const planRefusal = other.page.locator('.stale-notice');
    await planRefusal.waitFor();
    expect(await planRefusal.getAttribute('data-code')).toBe('STALE_VERSION');
    expect(await planRefusal.innerText()).toContain('Någon annan ändrade insatsen medan du planerade');
    await other.page.getByTestId('intervention-status').getByText('Genomförd', { exact: true }).waitFor();
    expect(await other.page.getByLabel('Förfallodatum').inputValue()).toBe(today);
    // Planned again on the state now shown, it is recorded, and the notice goes.
    await other.page.getByRole('button', { name: 'Planera', exact: true }).click();
    await other.page.getByRole('form', { name: /Slutför uppföljningen/ }).waitFor();
    expect(await planRefusal.count()).toBe(0);
    // Both pages show the planned follow-up; the first completes it, and the other's completion is refused.
    await page.reload();
    await settled(page);
    await page.getByLabel('Bedömd effekt').selectOption('SOME_EFFECT');
    await page.getByRole('button', { name: 'Slutför uppföljningen' }).click();
    await page.getByText(/Viss effekt/).waitFor();
    await other.page.getByLabel('Bedömd effekt').selectOption('NO_EFFECT');
    await other.page.getByLabel('Nästa steg').fill('Skrivet på den andra sidan');
    await other.page.getByRole('button', { name: 'Slutför uppföljningen' }).click();
    const completeRefusal = other.page.locator('.follow-ups .stale-notice');
    await completeRefusal.waitFor();
    expect(await completeRefusal.getAttribute('data-code')).toBe('STALE_VERSION');
    expect(await completeRefusal.innerText()).toContain('Någon annan ändrade uppföljningen');
    // Shown as it is now: completed by the first page, so there is nothing left to complete.
    await other.page.getByText(/Viss effekt/).waitFor();
    expect(await other.page.getByRole('form', { name: /Slutför uppföljningen/ }).count()).toBe(0);
  } finally {
    await other.stop();
  }
});

test('the form explains each missing field next to it and keeps what was typed', async () => {
  const { page } = browser();
  await open(page, url('/insatser/ny'));
  await page.getByLabel('Ärendenummer (lämna tomt för nästa lediga)').fill('fel');
  await page.getByRole('button', { name: 'Registrera', exact: true }).click();
  expect(await page.locator('#kind-error').innerText()).toBe('Fyll i fältet.');
  expect(await page.locator('#reference-error').innerText()).toContain('KONTOR-ÅR-NUMMER');
  expect(await page.getByLabel('Ärendenummer (lämna tomt för nästa lediga)').inputValue()).toBe('fel');
  expect(await page.getByLabel('Insatstyp').getAttribute('aria-describedby')).toBe('kind-error');
});

test('the interventions pages are axe-clean in Swedish and English, and the list keeps its view in the URL', async () => {
  const { page } = browser();
  await open(page, url('/insatser?status=FOLLOWED_UP&sortering=REFERENCE'));
  expect(await page.locator('#filter-status').inputValue()).toBe('FOLLOWED_UP');
  const first = (await page.locator('table tbody tr').first().innerText()).split('\t')[0];
  await page.reload();
  await settled(page);
  expect((await page.locator('table tbody tr').first().innerText()).split('\t')[0]).toBe(first);
  const shown = await page.locator('table tbody tr td:nth-child(2)').allInnerTexts();
  expect(new Set(shown)).toEqual(new Set(['Uppföljd']));
  const detailHref = await page.locator('table tbody tr a').first().getAttribute('href');
  for (const language of ['sv', 'en']) {
    await page.evaluate((value) => window.localStorage.setItem('lagesbild.language', value), language);
    for (const route of ['/insatser', detailHref!, '/insatser/ny']) {
      await open(page, url(route));
      expect({ language, route, violations: await accessibilityViolations(page) }).toEqual({
        language,
        route,
        violations: [],
      });
    }
  }
  await page.evaluate(() => window.localStorage.setItem('lagesbild.language', 'sv'));
});

test('a regional manager reads their counties’ interventions and is offered no write', async () => {
  const manager = await launchBrowser();
  try {
    await signInAs(manager.page, platform().gatewayUrl, { id: 'regional-24', role: 'regional', counties: ['24'] });
    await open(manager.page, url('/insatser'));
    expect(await manager.page.getByText('Du kan läsa de här insatserna men inte ändra dem.').count()).toBe(1);
    expect(await manager.page.getByRole('link', { name: 'Registrera ny insats' }).count()).toBe(0);
    const link = manager.page.locator('table tbody tr a').first();
    if ((await link.count()) > 0) {
      await link.click();
      await settled(manager.page);
      expect(await manager.page.locator('.move-buttons button').count()).toBe(0);
      expect(await manager.page.getByRole('button', { name: 'Planera', exact: true }).count()).toBe(0);
    }
    await open(manager.page, url('/insatser/ny'));
    expect(await manager.page.locator('form').count()).toBe(0);
  } finally {
    await manager.stop();
  }
});

async function todayInPage(page: Page): Promise<string> {
  return page.evaluate(() => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date()));
}
