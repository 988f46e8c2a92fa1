import { ADMIN } from '@lagesbild/test-utils';
import { accessibilityViolations, downloadCsv, open, parseCsv, screenshot } from './support/browser';
import { signInAs } from './support/signIn';
import { useDashboard } from './support/useDashboard';

// Issue 15: the weekly digest page shows the office's digest, and its overdue table downloads as CSV with the same
// follow-ups as the follow-up page's overdue list.

const { platform, browser, url } = useDashboard();

beforeAll(async () => {
  // The scheduled build may be under way after start; building now waits for it or builds the week itself.
  const build = await platform().queryAs(ADMIN, 'mutation { buildWeeklyDigest { built } }');
  expect(build.errors).toBeUndefined();
});

test('office staff read their digest, download its overdue list as CSV, in Swedish and English', async () => {
  // Asked as an analyst: the gateway takes only the dashboard's own operations from office staff.
  const api = await platform().query<{
    office: { overdueFollowUps: { totalCount: number; nodes: { intervention: { reference: string } }[] } };
  }>('{ office(id: "UME") { overdueFollowUps(first: 500) { totalCount nodes { intervention { reference } } } } }');
  const overdue = api.data!.office.overdueFollowUps;
  expect(overdue.totalCount).toBeGreaterThan(0);
  const { page } = browser();
  await signInAs(page, platform().gatewayUrl, { id: 'office-UME', role: 'office', office: 'UME' });
  await open(page, url('/uppfoljning'));
  await page.getByRole('navigation').getByRole('link', { name: 'Veckosammanställning' }).click();
  await page.locator('h1', { hasText: 'Veckosammanställning: Umeå' }).waitFor();
  const figure = page.locator('.headline-figure', { hasText: 'Försenade uppföljningar' }).locator('.headline-value');
  expect(await figure.innerText()).toBe(overdue.totalCount.toLocaleString('sv-SE'));
  const csv = parseCsv((await downloadCsv(page, 'Ladda ner Försenade uppföljningar som CSV')).slice(1));
  const references = csv.slice(1).map((row) => row[csv[0].indexOf('Ärende')]);
  expect(references).toEqual(overdue.nodes.map((row) => row.intervention.reference));
  expect(await accessibilityViolations(page)).toEqual([]);
  await screenshot(page, 'weekly-digest');
  await page.getByRole('button', { name: 'In English' }).click();
  await page.locator('h1', { hasText: 'Weekly digest: Umeå' }).waitFor();
  expect(await accessibilityViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'På svenska' }).click();
});
