import {
  accessibilityViolations,
  downloadCsv,
  open,
  parseCsv,
  screenshot,
  settled,
  tableCells,
} from './support/browser';
import { operation } from './support/operations';
import { signInAs } from './support/signIn';
import { useDashboard } from './support/useDashboard';

// The early-signals page (tidiga signaler, issue #16) against the real platform and the demo data: the flagged
// schools as the graph answers them for each role's own area, each school's trend with its words, table and CSV,
// and the accessibility scan in both languages.

const { platform, browser, url } = useDashboard();

const REGIONAL_17 = { id: 'regional-17', role: 'regional', counties: ['17'] };
const OFFICE_UME = { id: 'office-UME', role: 'office', office: 'UME' };

interface Flag {
  rule: string;
  school: { name: string };
  trend: { year: number; status: string }[];
}
type Signals = { year: number; flags: Flag[] };

test('a regional manager sees the flagged schools of their county, each with its trend, and no axe violations', async () => {
  // Asked as an analyst (the roles that may send a query of their own); a county's answer is the same for any
  // role that may read it.
  const answer = await platform().query<{ county: { name: string; earlySignals: Signals } }>(
    operation('EarlySignals'),
    { county: '17' },
  );
  expect(answer.errors).toBeUndefined();
  const { name, earlySignals } = answer.data!.county;
  const { page } = browser();
  await signInAs(page, platform().gatewayUrl, REGIONAL_17);
  await open(page, url('/'));
  await page.getByRole('navigation').getByRole('link', { name: 'Tidiga signaler' }).click();
  await page.waitForURL(/\/tidiga-signaler\?county=17/);
  await settled(page);
  expect(await page.locator('h1').innerText()).toBe(`Tidiga signaler: ${name}`);
  await screenshot(page, 'early-signals-sv');

  // The demo data flags some of the county's schools; the table lists the graph's flags in its order.
  expect(earlySignals.flags.length).toBeGreaterThan(0);
  const rules: Record<string, string> = {
    RISING_ABSENCE: 'Ökande frånvaro',
    FALLING_ELIGIBILITY: 'Sjunkande behörighet',
    LOW_SALSA_RESIDUAL: 'Lågt SALSA-värde',
  };
  const rows = await tableCells(page, 'Flaggade skolor');
  expect(rows.slice(1).map((row) => [row[0], row[3]])).toEqual(
    earlySignals.flags.map((flag) => [flag.school.name, rules[flag.rule]]),
  );
  expect(await page.locator('.summary').first().innerText()).toContain(`år ${earlySignals.year}`);

  // Each flag has a trend card: a sparkline labelled by its summary in words, and its table with a CSV.
  const first = earlySignals.flags[0];
  const title = `${first.school.name}: ${rules[first.rule]}`;
  expect(await page.locator('.signal-trend').count()).toBe(earlySignals.flags.length);
  const card = page.locator('.signal-trend').first();
  const label = await card.locator('.chart[role="img"]').getAttribute('aria-label');
  expect(label).toMatch(/ gick från .* år \d{4} till .* år \d{4}\.|för få publicerade värden/);
  expect(await card.locator('.recharts-responsive-container').count()).toBe(1);
  const trendRows = await tableCells(page, title);
  expect(trendRows.slice(1).map((row) => row[0])).toEqual(first.trend.map((cell) => String(cell.year)));
  const csv = parseCsv((await downloadCsv(page, `Ladda ner ${title} som CSV`)).slice(1), ';');
  expect(csv.slice(1).map((row) => row[0])).toEqual(first.trend.map((cell) => String(cell.year)));
  // A withheld year shows as a word, never as a value.
  const withheld = first.trend.filter((cell) => cell.status === 'SUPPRESSED').map((cell) => String(cell.year));
  for (const row of trendRows.slice(1)) if (withheld.includes(row[0])) expect(row[1]).toBe('sekretess');

  expect(await accessibilityViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'In English' }).click();
  await settled(page);
  expect(await page.locator('h1').innerText()).toBe(`Early signals: ${name}`);
  expect(await accessibilityViolations(page)).toEqual([]);
  await screenshot(page, 'early-signals-en');
  await page.getByRole('button', { name: 'På svenska' }).click();
}, 120_000);

test('office staff see their office’s flags; another county is refused, and a national role chooses an area', async () => {
  const answer = await platform().query<{ office: { town: string; earlySignals: Signals } }>(
    operation('EarlySignals'),
    { inCounty: false, inOffice: true, office: 'UME' },
  );
  expect(answer.errors).toBeUndefined();
  const { page } = browser();
  await signInAs(page, platform().gatewayUrl, OFFICE_UME);
  await open(page, url('/tidiga-signaler'));
  expect(await page.locator('h1').innerText()).toBe(`Tidiga signaler: ${answer.data!.office.town}`);
  const flags = answer.data!.office.earlySignals.flags;
  if (flags.length > 0) {
    const rows = await tableCells(page, 'Flaggade skolor');
    expect(rows.slice(1).map((row) => row[0])).toEqual(flags.map((flag) => flag.school.name));
  }

  await signInAs(page, platform().gatewayUrl, REGIONAL_17);
  await open(page, url('/tidiga-signaler?county=12'));
  expect(await page.locator('.state-access').count()).toBeGreaterThan(0);
  expect(await page.locator('table').count()).toBe(0);

  await signInAs(page, platform().gatewayUrl, { id: 'analyst', role: 'analyst' });
  await open(page, url('/tidiga-signaler'));
  await page.getByText('Välj ett län eller ett kontor för att se dess tidiga signaler.').waitFor();
}, 120_000);
