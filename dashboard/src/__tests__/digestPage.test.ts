import { ADMIN, ANALYST, officeUser, regionalUser, type TestUser } from '@lagesbild/test-utils';
import type { Page } from 'playwright-core';
import { accessibilityViolations, downloadCsv, open, parseCsv, screenshot } from './support/browser';
import { persistedQueryAs } from './support/operations';
import { signInAs } from './support/signIn';
import { useDashboard } from './support/useDashboard';

// Issue 15: the weekly digest page shows the office's or county's digest, its tables download as CSV with the
// digest the API serves, and its owner subscribes to its due dates in a calendar feed made and revoked there.

const { platform, browser, url } = useDashboard();

beforeAll(async () => {
  // The scheduled build may be under way after start; building now waits for it or builds the week itself.
  const build = await platform().queryAs(ADMIN, 'mutation { buildWeeklyDigest { built } }');
  expect(build.errors).toBeUndefined();
});

test('office staff read their digest, download its overdue list as CSV, in Swedish and English', async () => {
  // Read as an analyst: with trusted documents on, office staff may send no text of their own, and the office's
  // overdue list is the same whoever reads it.
  const api = await platform().queryAs<{
    office: { overdueFollowUps: { totalCount: number; nodes: { intervention: { reference: string } }[] } };
  }>(
    ANALYST,
    '{ office(id: "UME") { overdueFollowUps(first: 500) { totalCount nodes { intervention { reference } } } } }',
  );
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

interface DigestRow {
  followUpId: string;
  reference: string;
  dueOn: string;
  daysOverdue: number;
  office: { town: string };
  organiser: { name: string };
}

interface Digest {
  overdueCount: number;
  dueSoonCount: number;
  highNeedNotReachedCount: number;
  overdue: DigestRow[];
  dueSoon: DigestRow[];
  highNeedNotReached: { name: string; municipality: { name: string } | null }[];
}

/** The digest the API serves the user for their office or county, read with the page's own operation by its id. */
async function apiDigest(user: TestUser, area: { office: string } | { county: string }): Promise<Digest> {
  const variables =
    'office' in area
      ? { inOffice: true, office: area.office, inCounty: false }
      : { inOffice: false, inCounty: true, county: area.county };
  const answer = await persistedQueryAs<{ office?: { weeklyDigest: Digest }; county?: { weeklyDigest: Digest } }>(
    platform(),
    user,
    'WeeklyDigest',
    variables,
  );
  expect(answer.errors).toBeUndefined();
  const digest = (answer.data?.office ?? answer.data?.county)?.weeklyDigest;
  if (!digest) throw new Error('The API served no digest.');
  return digest;
}

/** A Swedish CSV download's rows: it starts with the byte-order mark Excel needs, and each line ends in CRLF. */
async function swedishCsv(page: Page, title: string): Promise<string[][]> {
  const text = await downloadCsv(page, `Ladda ner ${title} som CSV`);
  expect(text.startsWith('\uFEFF')).toBe(true);
  expect(text.endsWith('\r\n')).toBe(true);
  return parseCsv(text.slice(1), ';');
}

/** Each of the page's three tables, downloaded as CSV in Swedish, holds the digest's rows and nothing else. */
async function expectCsvsEqualDigest(page: Page, digest: Digest): Promise<void> {
  // Demo data has overdue work and schools not reached in both areas, so these equalities are not of empty files;
  // it may have nothing due within 14 days, whose file is then its header alone.
  expect(digest.overdue.length).toBeGreaterThan(0);
  expect(digest.highNeedNotReached.length).toBeGreaterThan(0);
  const followUp = (row: DigestRow) => [row.reference, row.office.town, row.organiser.name, row.dueOn];
  expect(await swedishCsv(page, 'Försenade uppföljningar')).toEqual([
    ['Ärende', 'Kontor', 'Huvudman', 'Förfallodag', 'Dagar försenad'],
    ...digest.overdue.map((row) => [...followUp(row), String(row.daysOverdue)]),
  ]);
  expect(await swedishCsv(page, 'Uppföljningar som ska göras inom 14 dagar')).toEqual([
    ['Ärende', 'Kontor', 'Huvudman', 'Förfallodag'],
    ...digest.dueSoon.map(followUp),
  ]);
  expect(await swedishCsv(page, 'Skolor med störst behov som inte nåtts')).toEqual([
    ['Skolenhet', 'Kommun'],
    ...digest.highNeedNotReached.map((row) => [row.name, row.municipality?.name ?? '']),
  ]);
  // The page's headline figures are the digest's counts, and each list holds as many rows as its count says.
  for (const [label, value, rows] of [
    ['Försenade uppföljningar', digest.overdueCount, digest.overdue.length],
    ['Uppföljningar som ska göras inom 14 dagar', digest.dueSoonCount, digest.dueSoon.length],
    ['Skolor med störst behov som inte nåtts', digest.highNeedNotReachedCount, digest.highNeedNotReached.length],
  ] as const) {
    const figure = page.locator('.headline-figure', { hasText: label }).locator('.headline-value');
    expect(await figure.innerText()).toBe(value.toLocaleString('sv-SE'));
    expect(rows).toBe(value);
  }
}

test.each([
  {
    who: 'office staff',
    demo: { id: 'office-UME', role: 'office', office: 'UME' },
    api: officeUser('UME'),
    area: { office: 'UME' },
    title: 'Veckosammanställning: Umeå',
  },
  {
    who: 'a regional manager',
    demo: { id: 'regional-01', role: 'regional', counties: ['01'] },
    api: regionalUser('01'),
    area: { county: '01' },
    title: 'Veckosammanställning: Stockholms län',
  },
])('$who download the digest’s tables as Swedish CSV equal to the digest the API serves', async (c) => {
  const digest = await apiDigest(c.api, c.area);
  const { page } = browser();
  await signInAs(page, platform().gatewayUrl, c.demo);
  await open(page, url('/veckosammanstallning'));
  await page.locator('h1', { hasText: c.title }).waitFor();
  await expectCsvsEqualDigest(page, digest);
  expect(await accessibilityViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'In English' }).click();
  await page.locator('h1', { hasText: c.title.replace('Veckosammanställning', 'Weekly digest') }).waitFor();
  expect(await accessibilityViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'På svenska' }).click();
});

/** The all-day dates (YYYY-MM-DD) of a feed's events, sorted. */
function eventDates(ics: string): string[] {
  return [...ics.replace(/\r\n[ \t]/g, '').matchAll(/\r\nDTSTART;VALUE=DATE:(\d{4})(\d{2})(\d{2})/g)]
    .map(([, year, month, day]) => `${year}-${month}-${day}`)
    .sort();
}

test('office staff subscribe from the page by keyboard, get the digest’s due dates, and revoke the feed', async () => {
  const digest = await apiDigest(officeUser('UME'), { office: 'UME' });
  const { page, context } = browser();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: platform().gatewayUrl });
  await signInAs(page, platform().gatewayUrl, { id: 'office-UME', role: 'office', office: 'UME' });
  await open(page, url('/veckosammanstallning'));
  const feeds = page.locator('section', { has: page.getByRole('heading', { name: 'Prenumerera i kalendern' }) });
  // The list is loaded (empty, or with earlier feeds of the same user) before the new one is made.
  await feeds.locator('.feed-list, .state:not(.state-loading)').first().waitFor();
  const rows = feeds.locator('tbody tr');
  const before = await rows.count();

  // Made from the keyboard: the new address takes the focus, and the next Tab reaches its copy button.
  await feeds.getByRole('button', { name: 'Skapa kalenderflöde' }).focus();
  await page.keyboard.press('Enter');
  const address = feeds.getByLabel('Kalenderflödets adress');
  await address.waitFor();
  await expectFocused(address);
  await feeds.getByText('Adressen är hemlig').waitFor();
  await feeds.getByText('Outlook').waitFor();
  await page.keyboard.press('Tab');
  await expectFocused(feeds.getByRole('button', { name: 'Kopiera adressen' }));
  await page.keyboard.press('Enter');
  await feeds.getByRole('status').getByText('Adressen är kopierad.').waitFor();
  const shown = await address.inputValue();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(shown);
  expect(shown).toMatch(new RegExp(`^${platform().gatewayUrl}/calendar/[A-Za-z0-9_-]{43}\\.ics$`));
  expect(await accessibilityViolations(page)).toEqual([]);
  await screenshot(page, 'weekly-digest-calendar-feed');

  // The shown address answers with the digest's due dates, without signing in.
  const response = await fetch(shown);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/calendar/);
  const expected = [...digest.overdue, ...digest.dueSoon].map((row) => row.dueOn).sort();
  expect(expected.length).toBeGreaterThan(0);
  expect(eventDates(await response.text())).toEqual(expected);

  // Listed first (newest first), active; a first revoke is cancelled, and the feed still answers.
  await rows.nth(before).waitFor();
  const newest = rows.first();
  expect(await newest.locator('td').nth(2).innerText()).toBe('Aktivt');
  await newest.getByRole('button', { name: /^Återkalla kalenderflödet som skapades/ }).focus();
  await page.keyboard.press('Enter');
  await expectFocused(feeds.getByRole('button', { name: 'Ja, återkalla' }));
  await feeds.getByText('Adressen slutar fungera').waitFor();
  expect(await accessibilityViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'In English' }).click();
  await page.getByRole('heading', { name: 'Subscribe in your calendar' }).waitFor();
  await page.getByText('Its address stops working').waitFor();
  expect(await accessibilityViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'På svenska' }).click();
  await page.getByRole('heading', { name: 'Prenumerera i kalendern' }).waitFor();
  await newest.getByRole('button', { name: 'Ja, återkalla' }).focus();
  await page.keyboard.press('Tab');
  await expectFocused(feeds.getByRole('button', { name: 'Avbryt' }));
  await page.keyboard.press('Enter');
  await feeds.getByRole('button', { name: 'Ja, återkalla' }).waitFor({ state: 'detached' });
  expect((await fetch(shown)).status).toBe(200);

  // Confirmed, it is revoked: the list says so, and the address answers 401.
  await newest.getByRole('button', { name: /^Återkalla kalenderflödet som skapades/ }).focus();
  await page.keyboard.press('Enter');
  await expectFocused(feeds.getByRole('button', { name: 'Ja, återkalla' }));
  await page.keyboard.press('Enter');
  await feeds.getByRole('status').getByText('Kalenderflödet är återkallat.').waitFor();
  await newest.locator('td', { hasText: /^Återkallat / }).waitFor();
  expect(await newest.getByRole('button').count()).toBe(0);
  // The list read after the revoke shows the fetches above as the feed's last use.
  expect(await newest.locator('td').nth(1).innerText()).toMatch(/\d{4} \d{2}:\d{2}$/);
  expect((await fetch(shown)).status).toBe(401);
  expect(await accessibilityViolations(page)).toEqual([]);
});

async function expectFocused(locator: ReturnType<Page['locator']>): Promise<void> {
  await locator.waitFor();
  expect(await locator.evaluate((element) => element === document.activeElement)).toBe(true);
}

test('leadership read an office’s digest but are offered no calendar feed, which the graph would refuse them', async () => {
  const { page } = browser();
  await signInAs(page, platform().gatewayUrl, { id: 'leadership', role: 'leadership' });
  await open(page, url('/veckosammanstallning?office=UME'));
  await page.locator('h1', { hasText: 'Veckosammanställning: Umeå' }).waitFor();
  await page.locator('.headline-figure').first().waitFor();
  expect(await page.getByRole('heading', { name: 'Prenumerera i kalendern' }).count()).toBe(0);
  expect(await page.getByRole('button', { name: 'Skapa kalenderflöde' }).count()).toBe(0);
});
