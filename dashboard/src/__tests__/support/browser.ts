import AxeBuilder from '@axe-core/playwright';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

// The Chromium in CHROMIUM_PATH (by default the one @sparticuz/chromium ships, unpacked by jest.browserSetup.mjs),
// driven by playwright-core. Each run gets a fresh profile, which playwright-core takes as launchPersistentContext's
// folder (it refuses --user-data-dir).

export const ARTIFACTS = path.join(__dirname, '..', '..', '..', 'test-artifacts');

export interface Browser {
  context: BrowserContext;
  page: Page;
  stop(): Promise<void>;
}

export async function launchBrowser(options: { reducedMotion?: boolean; width?: number } = {}): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH;
  if (!executablePath) throw new Error("CHROMIUM_PATH is not set: the dashboard project's jest globalSetup sets it.");
  const profile = mkdtempSync(path.join(os.tmpdir(), 'lagesbild-browser-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    acceptDownloads: true,
    viewport: { width: options.width ?? 1280, height: 900 },
    // Charts then draw at once, so screenshots and figures are final (and the reduced-motion path is exercised).
    reducedMotion: options.reducedMotion === false ? 'no-preference' : 'reduce',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    async stop() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Waits until no panel is loading and the page has its h1. */
export async function settled(page: Page): Promise<void> {
  await page.waitForSelector('h1');
  await page.waitForFunction(() => document.querySelectorAll('[aria-busy="true"], .state-loading').length === 0, null, {
    timeout: 60_000,
  });
}

/** Opens a dashboard URL and waits for it to settle. */
export async function open(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await settled(page);
}

/** The WCAG 2.1 A and AA rules of axe-core; returns the violations as short lines for a readable failure. */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
  );
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });
}

/** Clicks a CSV button and returns the downloaded file's text. */
export async function downloadCsv(page: Page, buttonName: string | RegExp): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: buttonName }).click(),
  ]);
  return readFileSync((await download.path()) as string, 'utf8');
}

/** RFC 4180 CSV with the given separator to rows of cells (quoted cells may hold separators, quotes and line breaks). */
export function parseCsv(text: string, separator: ';' | ',' = ';'): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === separator) {
      row.push(cell);
      cell = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += char;
  }
  return rows;
}

/** A table's header and body cells as text, found by its caption. */
export async function tableCells(page: Page, caption: string): Promise<string[][]> {
  return page
    .locator('table', { has: page.locator('caption', { hasText: caption }) })
    .first()
    .evaluate((table) =>
      Array.from((table as HTMLTableElement).rows).map((row) =>
        Array.from(row.cells).map((cell) => (cell.textContent ?? '').trim()),
      ),
    );
}
