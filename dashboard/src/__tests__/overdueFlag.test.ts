import { ANALYST } from '@lagesbild/test-utils';
import { open } from './support/browser';
import { signInAs, type DemoUser } from './support/signIn';
import { useDashboard } from './support/useDashboard';

// Issue 15, "Overdue work is flagged": the header shows the signed-in user's overdue follow-ups, counted as the
// follow-up page's overdue list counts them, and links to that list.

const { platform, browser, url } = useDashboard();

const OVERDUE_TOTAL = `query ($office: ID!, $county: ID!, $inOffice: Boolean!) {
  office(id: $office) @include(if: $inOffice) { overdueFollowUps(first: 1) { totalCount } }
  county(code: $county) @skip(if: $inOffice) { overdueFollowUps(first: 1) { totalCount } }
}`;

interface OverdueAnswer {
  office?: { overdueFollowUps: { totalCount: number } };
  county?: { overdueFollowUps: { totalCount: number } };
}

/**
 * The area's overdue count, read as an analyst: with trusted documents on, office staff and regional managers may
 * send no text of their own, and an area's overdue list is the same whoever reads it.
 */
async function apiOverdue(area: { office?: string; county?: string }): Promise<number> {
  const answer = await platform().queryAs<OverdueAnswer>(ANALYST, OVERDUE_TOTAL, {
    office: area.office ?? 'UME',
    county: area.county ?? '17',
    inOffice: Boolean(area.office),
  });
  expect(answer.errors).toBeUndefined();
  const total = (answer.data?.office ?? answer.data?.county)?.overdueFollowUps.totalCount;
  if (total === undefined) throw new Error('The API gave no overdue count.');
  return total;
}

async function flagOf(demoUser: DemoUser): Promise<{ count: number; text: string; href: string }> {
  const { page } = browser();
  await signInAs(page, platform().gatewayUrl, demoUser);
  await open(page, url('/uppfoljning'));
  const flag = page.locator('header .overdue-flag');
  await flag.waitFor();
  return {
    count: Number(await flag.getAttribute('data-overdue')),
    text: await flag.innerText(),
    href: (await flag.locator('a').getAttribute('href')) ?? '',
  };
}

test.each([
  {
    who: 'office staff',
    demo: { id: 'office-UME', role: 'office', office: 'UME' },
    area: { office: 'UME' },
    name: 'Umeå',
    href: '/uppfoljning?office=UME',
  },
  {
    who: 'a regional manager',
    demo: { id: 'regional-01', role: 'regional', counties: ['01'] },
    area: { county: '01' },
    name: 'Stockholms län',
    href: '/uppfoljning?county=01',
  },
])('$who sees their overdue count in the header, equal to the follow-up list it links to', async (c) => {
  const expected = await apiOverdue(c.area);
  // The demo data has overdue work in both areas, so an equality of zeros proves nothing here.
  expect(expected).toBeGreaterThan(0);
  const flag = await flagOf(c.demo);
  expect(flag.count).toBe(expected);
  expect(flag.text).toBe(`${expected.toLocaleString('sv-SE')} försenade uppföljningar i ${c.name}`);
  expect(flag.href).toBe(c.href);
  // Followed, the link shows the list whose total the flag gave.
  const { page } = browser();
  await page.locator('header .overdue-flag a').click();
  await page.waitForURL((address) => address.pathname + address.search === c.href);
  const summary = page.locator('.summary', { hasText: 'Visar' });
  await summary.waitFor();
  expect(await summary.innerText()).toMatch(new RegExp(`av ${expected.toLocaleString('sv-SE')}\\.$`));
});

test('leadership gets no flag: the nation’s overdue work is no one person’s list', async () => {
  const { page } = browser();
  await signInAs(page, platform().gatewayUrl, { id: 'leadership', role: 'leadership' });
  await open(page, url('/uppfoljning'));
  await page.locator('h1').waitFor();
  expect(await page.locator('header .overdue-flag').count()).toBe(0);
});
