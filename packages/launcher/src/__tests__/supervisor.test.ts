import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from '../ports';
import { spawnService, waitUntilReady } from '../serviceProcess';
import { restartDelayMs, superviseService, type RestartPolicy } from '../supervisor';

// The launcher's supervision with real processes: a small service that answers /readyz with its name, as the
// platform's services do. The restart delays are short here so that the tests wait on events, not on the clock.

const POLICY: RestartPolicy = {
  maxRestarts: 2,
  windowMs: 60_000,
  initialDelayMs: 10,
  maxDelayMs: 40,
  readyTimeoutMs: 20_000,
};

/**
 * A service that listens on PORT; once `failAfterFirst` is set, every start after the first exits with code 3 at
 * once, as a service whose cause of failure lasts.
 */
function serviceScript(dir: string, failAfterFirst: boolean): string {
  const script = path.join(dir, 'service.js');
  const marker = path.join(dir, 'started-once');
  writeFileSync(
    script,
    `const fs = require('node:fs');
     if (${failAfterFirst} && fs.existsSync(${JSON.stringify(marker)})) {
       console.error('cannot start: the configuration is broken');
       process.exit(3);
     }
     fs.writeFileSync(${JSON.stringify(marker)}, String(process.pid));
     require('node:http')
       .createServer((_req, res) => res.end(JSON.stringify({ status: 'ready', service: 'demo' })))
       .listen(Number(process.env.PORT), '127.0.0.1');`,
  );
  return script;
}

async function supervised(failAfterFirst: boolean) {
  const dir = mkdtempSync(path.join(tmpdir(), 'supervisor-'));
  const script = serviceScript(dir, failAfterFirst);
  const port = await freePort();
  const lines: string[] = [];
  let spawned = 0;
  const service = superviseService({
    name: 'demo',
    spawn: () => {
      spawned++;
      return spawnService('demo', script, { ...process.env, PORT: String(port) }, () => undefined);
    },
    ready: (process, timeoutMs) => waitUntilReady(process, `http://127.0.0.1:${port}/readyz`, timeoutMs, 'demo'),
    firstReadyTimeoutMs: 20_000,
    policy: POLICY,
    print: (line) => lines.push(line),
  });
  await service.started;
  return { service, lines, spawned: () => spawned, readyUrl: `http://127.0.0.1:${port}/readyz`, dir };
}

/** Polls until `condition` holds; the time limit is only there to fail instead of hanging. */
async function eventually(condition: () => boolean | Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Not within 20 s: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

test('the delay doubles with each restart within the window, up to its cap', () => {
  expect([1, 2, 3, 4, 5].map((restart) => restartDelayMs(POLICY, restart))).toEqual([10, 20, 40, 40, 40]);
});

test('a process killed by SIGKILL is started again, and the restart is logged with the signal', async () => {
  const { service, lines, spawned } = await supervised(false);
  try {
    const first = service.child.pid;
    service.child.kill('SIGKILL');
    await eventually(() => lines.some((line) => line.startsWith('demo is running again')), 'demo is running again');
    expect(lines[0]).toBe(
      'demo was killed by SIGKILL; starting it again in 0.01 s (restart 1 of at most 2 within 1 minute).',
    );
    expect(spawned()).toBe(2);
    expect(service.child.pid).not.toBe(first);
  } finally {
    await service.stop();
  }
});

test('a process that keeps failing is given up on after the bounded restarts, with a sentence saying why', async () => {
  const { service, lines, spawned } = await supervised(true);
  service.child.kill('SIGKILL');
  const reason = await service.gaveUp;
  expect(reason).toBe(
    'demo exited with code 3 after 2 restarts within 1 minute, so it is not started again: restarting has not ' +
      'helped, and the cause is likely lasting (its last lines are above).',
  );
  expect(lines).toEqual([
    expect.stringMatching(/^demo was killed by SIGKILL; starting it again in 0.01 s \(restart 1 of at most 2/),
    expect.stringMatching(/^demo exited with code 3; starting it again in 0.02 s \(restart 2 of at most 2/),
    reason,
  ]);
  expect(spawned()).toBe(3);
  await service.stop();
});

test('a stop on purpose restarts nothing, and restart() starts a fresh process', async () => {
  const { service, lines, spawned, readyUrl, dir } = await supervised(false);
  await service.restart();
  expect(spawned()).toBe(2);
  expect((await fetch(readyUrl)).ok).toBe(true);
  await service.stop();
  // The exit is seen (and a restart would be scheduled) before stop() returns, so nothing more can come of it.
  expect(lines).toEqual([]);
  expect(service.child.exitCode ?? service.child.signalCode).not.toBeNull();
  expect(existsSync(path.join(dir, 'started-once'))).toBe(true);
});
