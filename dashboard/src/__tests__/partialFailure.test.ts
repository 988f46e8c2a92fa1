import { useTestPlatform } from '@lagesbild/test-utils';
import { launchBrowser, open, screenshot, tableCells, type Browser } from './support/browser';
import { signInAs } from './support/signIn';

// With a subgraph down the gateway answers what the others serve, with SUBGRAPH_UNAVAILABLE errors naming the one
// that is down: the panels that have their data render, the others say which service is missing.

const platform = useTestPlatform();
let browser: Browser;
const url = (route: string) => `${platform().gatewayUrl}${route}`;

beforeAll(async () => {
  browser = await launchBrowser();
  await signInAs(browser.page, platform().gatewayUrl, { id: 'analyst', role: 'analyst' });
}, 60_000);
afterAll(async () => {
  await browser?.stop();
});

test('with the outcomes subgraph down, the county page keeps its offices and municipalities and says what is missing', async () => {
  await platform().services.get('outcomes')!.stop();
  const { page } = browser;
  await open(page, url('/lan?county=17'));
  await screenshot(page, 'county-outcomes-down');
  expect((await tableCells(page, 'Kontor som arbetar i länet')).slice(1)).toEqual([['Örebro', 'Antagande']]);
  expect((await tableCells(page, 'Kommuner')).length).toBeGreaterThan(10);
  const missing = await page.locator('.state-missing').allInnerTexts();
  expect(missing.length).toBeGreaterThan(0);
  for (const text of missing) expect(text).toContain('tjänsten outcomes svarar inte');

  await open(page, url('/likvardighet?county=12'));
  await screenshot(page, 'equity-outcomes-down');
  const equityMissing = await page.locator('.state-missing').allInnerTexts();
  expect(equityMissing).toHaveLength(3);
  expect(await page.locator('table').count()).toBe(0);
}, 120_000);
