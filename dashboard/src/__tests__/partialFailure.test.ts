import { open, screenshot, tableCells } from './support/browser';
import { useDashboard } from './support/useDashboard';

// With a subgraph down the gateway answers what the others serve, with SUBGRAPH_UNAVAILABLE errors naming the one
// that is down: the panels that have their data render, the others say which service is missing.

const { platform, browser, url } = useDashboard({ id: 'analyst', role: 'analyst' });

test('with the outcomes subgraph down, the county page keeps its offices and municipalities and says what is missing', async () => {
  await platform().services.get('outcomes')!.stop();
  const { page } = browser();
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
