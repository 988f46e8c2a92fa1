import type { Page } from 'playwright-core';
import { accessibilityViolations, launchBrowser, open, settled } from './support/browser';
import { operation } from './support/operations';
import { signInAs } from './support/signIn';
import { useDashboard } from './support/useDashboard';

// Issue #15, "from the work list to action": Värmland's regional manager plans outreach for a school on the
// county's work list, in the real browser, through the real gateway with trusted documents on. The test's own
// questions to the graph are an analyst's, who may send text.
const REGIONAL_17 = { id: 'regional-17', role: 'regional', counties: ['17'] };
const { platform, browser, url } = useDashboard(REGIONAL_17);

interface WorkListSchool {
  id: string;
  name: string;
  unitCode: string;
  municipality: { office: { id: string } };
  organiser: { id: string; name: string };
}

async function workList(period?: string): Promise<WorkListSchool[]> {
  const answer = await platform().query<{ county: { highNeedNotReached: WorkListSchool[] } }>(
    operation('HighNeedNotReached'),
    { county: '17', ...(period ? { period: { from: `${period}-01-01`, to: `${period}-12-31` } } : {}) },
  );
  return answer.data!.county.highNeedNotReached;
}

const row = (page: Page, unitCode: string) =>
  page.getByRole('region', { name: 'Arbetslista' }).locator('tbody tr', { hasText: unitCode });
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test('a regional manager plans outreach from the work list: the form is prefilled, saving records it, and the school shows as planned', async () => {
  const { page } = browser();
  // A school on the work list of the 12 months up to today and of last year: outreach planned today reaches it
  // now (it leaves today's list) and not last year (where it stays, shown as planned).
  const lastYear = String(new Date().getFullYear() - 1);
  const earlier = new Set((await workList(lastYear)).map((school) => school.id));
  const school = (await workList()).filter((candidate) => earlier.has(candidate.id)).at(-1);
  if (!school) throw new Error('No school of Värmland is on both work lists.');

  await open(page, url('/lan?county=17'));
  await row(page, school.unitCode)
    .getByRole('link', { name: new RegExp(`Planera uppsökande insats för ${escape(school.name)}`) })
    .click();
  await page.waitForURL(/\/insatser\/ny\?/);
  await settled(page);
  await page.getByText('Förifylld från arbetslistan').waitFor();
  // Prefilled: the school's organiser and the school, origin outreach (the only one offered), today.
  await page.getByText(school.organiser.name, { exact: false }).first().waitFor();
  expect(await page.getByRole('checkbox', { name: new RegExp(escape(school.unitCode)) }).isChecked()).toBe(true);
  expect(await page.getByLabel('Ursprung').inputValue()).toBe('OUTREACH');
  expect(await page.getByLabel('Ursprung').locator('option').allInnerTexts()).toEqual(['–', 'Uppsökande']);
  expect(await accessibilityViolations(page)).toEqual([]);

  await page.getByLabel('Insatstyp').selectOption('ADVICE');
  await page.getByRole('button', { name: 'Registrera', exact: true }).click();
  await page.waitForURL(/\/insats\?id=/);
  await settled(page);
  const id = new URL(page.url()).searchParams.get('id')!;
  expect(await page.getByTestId('intervention-status').innerText()).toBe('Identifierad');
  // The manager may not move it: the lifecycle is the office's.
  expect(await page.locator('.move-buttons button').count()).toBe(0);

  const saved = await platform().query<{
    intervention: { status: string; origin: string; office: { id: string }; schools: { id: string }[] };
  }>(`query ($id: ID!) { intervention(id: $id) { status origin office { id } schools { id } } }`, { id });
  expect(saved.data!.intervention).toEqual({
    status: 'IDENTIFIED',
    origin: 'OUTREACH',
    office: { id: school.municipality.office.id },
    schools: [{ id: school.id }],
  });

  // Planned outreach counts as reaching the school in the period: today's list no longer has it, and says why.
  await open(page, url('/lan?county=17'));
  expect(await row(page, school.unitCode).count()).toBe(0);
  expect(await page.getByText('räknas som att skolan nåtts').count()).toBe(1);
  // Last year's list still has it, now shown as planned, linked to the intervention.
  await open(page, url(`/lan?county=17&period=${lastYear}`));
  const planned = row(page, school.unitCode).getByRole('link', { name: /^Planerad: / });
  expect(await planned.getAttribute('href')).toContain(id);
});

test('a regional manager is offered no write on another county', async () => {
  const { page } = browser();
  await open(page, url('/lan?county=01'));
  expect(await page.getByRole('link', { name: /Planera uppsökande/ }).count()).toBe(0);
  expect(await page.getByRole('region', { name: 'Arbetslista' }).count()).toBe(0);
  // Nor a form of their own: without a school from their work list the form is read-only.
  await open(page, url('/insatser/ny'));
  expect(await page.getByRole('button', { name: 'Registrera', exact: true }).count()).toBe(0);
});

test('office staff find their office’s work list on their follow-up page, each school offering outreach for their office', async () => {
  const staff = await launchBrowser();
  try {
    await signInAs(staff.page, platform().gatewayUrl, { id: 'office-UME', role: 'office', office: 'UME' });
    await open(staff.page, url('/uppfoljning?office=UME'));
    const list = staff.page.getByRole('region', { name: 'Arbetslista' });
    const rows = await list.locator('tbody tr').count();
    expect(rows).toBeGreaterThan(0);
    expect(await list.getByRole('link', { name: /Planera uppsökande/ }).count()).toBe(rows);
    // Every school on it is covered by Umeå's office, which the link records for.
    expect(await list.locator('tbody tr', { hasNotText: 'Umeå' }).count()).toBe(0);
    await list
      .getByRole('link', { name: /Planera uppsökande/ })
      .first()
      .click();
    await staff.page.waitForURL(/\/insatser\/ny\?.*kontor=UME/);
    await settled(staff.page);
    expect(await staff.page.getByLabel('Ursprung').inputValue()).toBe('OUTREACH');
    expect(await accessibilityViolations(staff.page)).toEqual([]);
  } finally {
    await staff.stop();
  }
});
