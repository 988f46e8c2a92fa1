import { ADMIN } from '@lagesbild/test-utils';
import { formatCount, formatValue } from '../lib/format';
import {
  accessibilityViolations,
  downloadCsv,
  open,
  parseCsv,
  screenshot,
  settled,
  tableCells,
} from './support/browser';
import { useDashboard } from './support/useDashboard';
import { operation } from './support/operations';

// Every page against the real platform (the gateway serves the built dashboard): real figures, the accessibility
// scan in both languages, filters in the URL, CSV export, and a keyboard-only walk.

const { platform, browser, url } = useDashboard({ id: 'analyst', role: 'analyst' });

const PAGES = [
  { name: 'overview', path: '/' },
  { name: 'county', path: '/lan?county=17' },
  { name: 'follow-up', path: '/uppfoljning' },
  { name: 'equity', path: '/likvardighet?county=12' },
  { name: 'explorer', path: '/utforska' },
  { name: 'early-signals', path: '/tidiga-signaler?county=12' },
  { name: 'sign-in', path: '/logga-in' },
];

test('the overview shows the nation’s figures as the graph answers them', async () => {
  const answer = await platform().query<{
    nation: { coverage: { schoolsReached: number; organisersReached: number }; followUpStatus: { overdue: number } };
  }>(operation('NationalOverview'));
  const { page } = browser();
  await open(page, url('/'));
  const headline = await page.getByTestId('headline-figures').innerText();
  expect(headline).toContain(formatCount(answer.data!.nation.coverage.schoolsReached, 'sv'));
  expect(headline).toContain(formatCount(answer.data!.nation.coverage.organisersReached, 'sv'));
  expect(headline).toContain(formatCount(answer.data!.nation.followUpStatus.overdue, 'sv'));
  // The map has a tile, a link, for each of the 21 counties.
  expect(await page.locator('svg.tile-map a').count()).toBe(21);
});

test('the county page shows the county’s coverage and work list as the graph answers them', async () => {
  const detail = await platform().query<{ county: { name: string; coverage: { schoolsReached: number } } }>(
    operation('CountyDetail'),
    { county: '17' },
  );
  const workList = await platform().query<{ county: { highNeedNotReached: { name: string }[] } }>(
    operation('HighNeedNotReached'),
    { county: '17' },
  );
  const { page } = browser();
  await open(page, url('/lan?county=17'));
  await expect(page.locator('h1').innerText()).resolves.toBe(detail.data!.county.name);
  expect(await page.getByTestId('county-figures').innerText()).toContain(
    formatCount(detail.data!.county.coverage.schoolsReached, 'sv'),
  );
  const rows = await tableCells(page, 'Arbetslista');
  expect(rows.slice(1).map((row) => row[0])).toEqual(workList.data!.county.highNeedNotReached.map((s) => s.name));
});

test('the follow-up page shows the nation’s status as the graph answers it', async () => {
  const answer = await platform().query<{
    nation: { followUpStatus: { overdue: number; total: number; byKind: { kind: string; total: number }[] } };
  }>(operation('FollowUpByArea'));
  const status = answer.data!.nation.followUpStatus;
  const { page } = browser();
  await open(page, url('/uppfoljning'));
  const summary = `${formatCount(status.overdue, 'sv')} av ${formatCount(status.total, 'sv')} uppföljningar är försenade.`;
  await page.getByText(summary).first().waitFor({ timeout: 5_000 });
  const rows = await tableCells(page, 'Per insatstyp');
  expect(rows.slice(1).map((row) => row[1].replace(/\s/g, ''))).toEqual(status.byKind.map((row) => String(row.total)));
});

test('the equity page shows the gap trend of a county, and of the nation, as the graph answers them', async () => {
  type Answer = { years: { year: number; gap: { value: number | null } }[] };
  const county = await platform().query<{ county: { equityTrend: Answer } }>(operation('EquityTrend'), {
    county: '12',
  });
  const nation = await platform().query<{ nation: { equityTrend: Answer } }>(operation('EquityTrend'), {
    inCounty: false,
    inNation: true,
  });
  const expected = (trend: Answer) => trend.years.map((year) => [String(year.year), formatValue(year.gap.value, 'sv')]);
  const { page } = browser();
  await open(page, url('/likvardighet?county=12'));
  const rows = await tableCells(page, 'Skillnad mellan tuffast');
  expect(rows.slice(1).map((row) => [row[0], row[1]])).toEqual(expected(county.data!.county.equityTrend));
  await open(page, url('/likvardighet'));
  const nationRows = await tableCells(page, 'Skillnad mellan tuffast');
  expect(nationRows.slice(1).map((row) => [row[0], row[1]])).toEqual(expected(nation.data!.nation.equityTrend));
});

test('the explorer lists every named operation, runs one in GraphiQL and exports the answer as CSV', async () => {
  const answer = await platform().query<{ indicators: { nodes: { code: string }[] } }>(operation('Indicators'));
  const { page } = browser();
  await open(page, url('/utforska'));
  for (const name of ['NationalOverview', 'CountyDetail', 'FollowUpByArea', 'EquityTrend', 'SchoolProfile'])
    await page.getByRole('button', { name: `Öppna ${name}` }).waitFor();
  await page.getByRole('button', { name: 'Öppna Indicators' }).click();
  await page.waitForFunction(() =>
    document.querySelector('.graphiql-query-editor')?.textContent?.includes('query Indicators'),
  );
  // GraphiQL may still be loading the schema when the button first shows; run until the answer is in.
  const answered = () => page.locator('.graphiql-response').innerText();
  for (let attempt = 0; attempt < 5 && !(await answered()).includes('nodes'); attempt++) {
    await page.locator('.graphiql-execute-button').click();
    await page
      .waitForFunction(() => document.querySelector('.graphiql-response')?.textContent?.includes('nodes'), null, {
        timeout: 5_000,
      })
      .catch(() => undefined);
  }
  const csv = parseCsv((await downloadCsv(page, 'Ladda ner indicators.nodes som CSV')).slice(1));
  const codes = csv.slice(1).map((row) => row[csv[0].indexOf('code')]);
  expect(codes).toEqual(answer.data!.indicators.nodes.map((node) => node.code));
});

test('every page has no axe violations in Swedish and in English, and the choice of English is remembered', async () => {
  const { page } = browser();
  for (const language of ['sv', 'en'] as const) {
    for (const entry of PAGES) {
      await open(page, url(entry.path));
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(language);
      expect({ page: entry.path, language, violations: await accessibilityViolations(page) }).toEqual({
        page: entry.path,
        language,
        violations: [],
      });
      await screenshot(page, `${entry.name}-${language}`);
    }
    if (language === 'sv') {
      await page.getByRole('button', { name: 'In English' }).click();
      await settled(page);
    }
  }
  await page.getByRole('button', { name: 'På svenska' }).click();
}, 240_000);

test('filters live in the URL and survive a reload', async () => {
  const { page } = browser();
  await open(page, url('/lan?county=17'));
  await page.getByLabel('Period').selectOption('2024');
  await page.getByLabel('Skolform').selectOption('GRUNDSKOLA');
  await page.waitForURL(/period=2024/);
  expect(page.url()).toContain('schoolForm=GRUNDSKOLA');
  await page.reload();
  await settled(page);
  expect(await page.getByLabel('Period').inputValue()).toBe('2024');
  expect(await page.getByLabel('Skolform').inputValue()).toBe('GRUNDSKOLA');
  const answer = await platform().query<{ county: { coverage: { schoolsReached: number; schools: number } } }>(
    operation('CountyDetail'),
    { county: '17', period: { from: '2024-01-01', to: '2024-12-31' }, filter: { schoolForm: 'GRUNDSKOLA' } },
  );
  const figures = await page.getByTestId('county-figures').innerText();
  expect(figures).toContain(`${formatCount(answer.data!.county.coverage.schoolsReached, 'sv')}`);
  expect(figures).toContain(`av ${formatCount(answer.data!.county.coverage.schools, 'sv')}`);
});

/** The exports of the table "Kommuner" the audit log holds for analysts, newest first (issue #5). */
async function recordedExports(): Promise<{ summary: string; rows: number; role: string }[]> {
  const answer = await platform().queryAs<{
    auditLog: { offices: { nodes: { summary: string; rows: number; role: string }[] } };
  }>(
    ADMIN,
    `{ auditLog(role: "analyst", action: "recordExport") { offices(first: 500) { nodes { summary rows role } } } }`,
  );
  return answer.data!.auditLog.offices.nodes.filter((entry) => entry.summary === 'Kommuner');
}

test('the CSV export holds the same rows and columns as the table, as Excel reads it in Swedish, and is audited', async () => {
  const { page } = browser();
  await open(page, url('/lan?county=17'));
  const before = (await recordedExports()).length;
  const text = await downloadCsv(page, 'Ladda ner Kommuner som CSV');
  // A BOM, so that Excel reads å, ä and ö; semicolons between cells and decimal commas, as in a Swedish locale.
  expect(text.startsWith('\uFEFF')).toBe(true);
  const csv = parseCsv(text.slice(1), ';');
  const table = await tableCells(page, 'Kommuner');
  expect(csv.length).toBe(table.length);
  expect(csv[0]).toContain('Andel nådda (%)');
  const shares = csv.slice(1).map((row) => row[csv[0].indexOf('Andel nådda (%)')]);
  for (const cell of shares) expect(cell).toMatch(/^(\d+(,\d)?)?$/);
  // The table groups digits ("1 387") and shows shares as "42,5 %" and unknowns as "–"; the CSV has plain numbers,
  // the share's per cent sign in its header, and empty cells.
  const plain = (rows: string[][]) =>
    rows.map((row) =>
      row.map((cell) => {
        const text = cell
          .replace(/\s|\(%\)|%/g, '')
          .replace('–', '')
          .replace('\u2212', '-');
        // "0,0" in the table and 0 in the CSV are the same number.
        return /^-?\d+(,\d+)?$/.test(text) ? String(Number(text.replace(',', '.'))) : text;
      }),
    );
  expect(plain(csv)).toEqual(plain(table));
  // The dashboard reports the download after starting it; give the report a moment to arrive.
  let recorded = await recordedExports();
  for (let attempt = 0; attempt < 20 && recorded.length === before; attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    recorded = await recordedExports();
  }
  expect(recorded.slice(0, recorded.length - before)).toEqual([
    { summary: 'Kommuner', rows: csv.length - 1, role: 'analyst' },
  ]);
});

test('the main tasks work from the keyboard alone, with focus visible', async () => {
  const { page } = browser();
  await open(page, url('/'));
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Hoppa till innehållet');
  // To the county page through the main menu.
  for (let i = 0; i < 10; i++) {
    await page.keyboard.press('Tab');
    if ((await page.evaluate(() => document.activeElement?.textContent)) === 'Län') break;
  }
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
  expect(outline).not.toBe('none');
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/lan/);
  await settled(page);
  // Choose a county with the keyboard: Tab to the county filter, then the arrow key picks the first county.
  const focusedLabel = () =>
    page.evaluate(() => (document.activeElement as HTMLSelectElement).labels?.[0]?.querySelector('span')?.textContent);
  for (let i = 0; i < 6 && (await focusedLabel()) !== 'Län'; i++) await page.keyboard.press('Tab');
  expect(await focusedLabel()).toBe('Län');
  await page.keyboard.press('ArrowDown');
  await page.waitForURL(/county=01/);
  await settled(page);
  // Download the first table's CSV from the keyboard.
  const csvButton = page.getByRole('button', { name: /Ladda ner .* som CSV/ }).first();
  await csvButton.focus();
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(download.suggestedFilename()).toMatch(/\.csv$/);
}, 120_000);

test('at 200 % zoom (640 CSS pixels wide) the pages reflow without sideways scrolling', async () => {
  const { page } = browser();
  await page.setViewportSize({ width: 640, height: 900 });
  try {
    for (const entry of PAGES) {
      await open(page, url(entry.path));
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect({ page: entry.path, overflow }).toEqual({ page: entry.path, overflow: 0 });
    }
    await screenshot(page, 'county-200-percent');
  } finally {
    await page.setViewportSize({ width: 1280, height: 900 });
  }
}, 120_000);
