import { writeFileSync, mkdtempSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnService, waitUntilReady } from '../serviceProcess';

// A port found free can be taken by another process before the service binds it. Readiness must then not be taken
// from the other process's answer: the service that could not bind stops, and starting fails with its output.

let foreign: http.Server;
let readyUrl: string;

beforeAll(async () => {
  foreign = http.createServer((_req, res) => {
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ status: 'ready', service: 'schools' }));
  });
  await new Promise<void>((resolve) => foreign.listen(0, '127.0.0.1', resolve));
  readyUrl = `http://127.0.0.1:${(foreign.address() as AddressInfo).port}/readyz`;
});

afterAll(() => new Promise((resolve) => foreign.close(resolve)));

/** A service that, like one whose port was taken, prints why and exits after a moment. */
function failingService() {
  const script = path.join(mkdtempSync(path.join(tmpdir(), 'ready-')), 'service.js');
  writeFileSync(script, "console.error('listen EADDRINUSE'); setTimeout(() => process.exit(1), 500);");
  return spawnService('gateway', script, process.env, () => undefined);
}

test('another service answering on the port is not taken for the one starting', async () => {
  await expect(waitUntilReady(failingService(), readyUrl, 10_000, 'gateway')).rejects.toThrow(
    /gateway stopped while starting[\s\S]*EADDRINUSE/,
  );
});

test('the named service’s own answer is taken', async () => {
  const service = failingService();
  await expect(waitUntilReady(service, readyUrl, 10_000, 'schools')).resolves.toBeUndefined();
  await service.exited;
});
