import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createDashboardAssets, isDashboardRequest } from '../dashboardAssets';

// The dashboard's files as the gateway serves them, from a folder shaped like Vite's output.
const dir = mkdtempSync(path.join(os.tmpdir(), 'dashboard-dist-'));
mkdirSync(path.join(dir, 'assets'));
mkdirSync(path.join(dir, '.vite'));
writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>Lägesbild</title>');
writeFileSync(path.join(dir, 'assets', 'index-Ab12Cd.js'), 'console.log(1)');
writeFileSync(path.join(dir, '.vite', 'manifest.json'), '{}');

const dashboard = createDashboardAssets(dir);
const server = http.createServer((req, res) => {
  if (dashboard(req, res)) return;
  res.writeHead(418).end('gateway');
});
let base = '';

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  rmSync(dir, { recursive: true, force: true });
});

test('/ is the dashboard, revalidated on every load', async () => {
  const response = await fetch(`${base}/`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/text\/html/);
  expect(response.headers.get('cache-control')).toBe('no-cache');
  expect(await response.text()).toContain('Lägesbild');
});

test('hashed assets are cached as immutable', async () => {
  const response = await fetch(`${base}/assets/index-Ab12Cd.js`);
  expect(response.status).toBe(200);
  expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
});

test('page routes fall back to index.html; a missing asset or a dotfile is 404', async () => {
  const page = await fetch(`${base}/uppfoljning?county=17`);
  expect(page.status).toBe(200);
  expect(await page.text()).toContain('<title>Lägesbild</title>');
  expect((await fetch(`${base}/assets/missing-123.js`)).status).toBe(404);
  expect((await fetch(`${base}/.vite/manifest.json`)).status).toBe(404);
});

test('the graph, the probes and sign-in stay the gateway’s', async () => {
  for (const route of ['/graphql', '/graphql?query={__typename}', '/healthz', '/readyz', '/auth/demo-users']) {
    const response = await fetch(`${base}${route}`);
    expect({ route, status: response.status }).toEqual({ route, status: 418 });
  }
  expect((await fetch(`${base}/`, { method: 'POST' })).status).toBe(418);
  expect(isDashboardRequest('GET', '/authors')).toBe(true);
  expect(isDashboardRequest('GET', '/auth')).toBe(false);
});
