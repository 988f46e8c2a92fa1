import { spawn, type ChildProcess } from 'node:child_process';

export interface ServiceProcess {
  name: string;
  child: ChildProcess;
  /** Resolves when the process has exited, with its exit code (null after a signal). */
  exited: Promise<number | null>;
  /** Asks the process to stop (SIGTERM) and waits; kills it if it takes longer than the grace period. */
  stop(graceMs?: number): Promise<void>;
  /** The last lines it printed, for error messages. */
  recentOutput(): string;
}

/**
 * Runs one service as a child process. It gets its own process group, so that Ctrl-C reaches the launcher
 * alone, which stops the services in order; and an IPC channel, so that a service whose launcher died (even by
 * SIGKILL) notices the channel close and stops itself instead of holding its port.
 */
export function spawnService(
  name: string,
  entry: string,
  env: NodeJS.ProcessEnv,
  print: (line: string) => void,
  args: string[] = [],
): ServiceProcess {
  const child = spawn(process.execPath, ['--enable-source-maps', entry, ...args], {
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  const recent: string[] = [];
  const onOutput = (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n')) {
      if (!line.trim()) continue;
      recent.push(line);
      if (recent.length > 40) recent.shift();
      print(`[${name}] ${line}`);
    }
  };
  child.stdout?.on('data', onOutput);
  child.stderr?.on('data', onOutput);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    name,
    child,
    exited,
    recentOutput: () => recent.join('\n'),
    async stop(graceMs = 10_000) {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** Polls a readiness URL until it answers 200, the process exits, or the time runs out. */
export async function waitUntilReady(
  service: ServiceProcess,
  readyUrl: string,
  timeoutMs: number,
  /**
   * The name the readiness answer must carry (`{ "service": … }`). Ports are picked free and bound a moment later,
   * so another process can take one in between; without this check its answer passed for the service's own, and
   * a test platform's requests went to another platform's subgraph. Every caller whose service answers with its
   * name passes it; only a URL that carries no name (@apollo/gateway's, in the bench) goes without.
   */
  answeredBy?: string,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exitCode: number | null | undefined;
  void service.exited.then((code) => (exitCode = code ?? -1));
  while (Date.now() < deadline) {
    if (exitCode !== undefined) {
      throw new Error(`${service.name} stopped while starting (exit code ${exitCode}):\n${service.recentOutput()}`);
    }
    try {
      const response = await fetch(readyUrl, { signal: AbortSignal.timeout(1000) });
      if (response.ok && (answeredBy === undefined || (await serviceNamed(response)) === answeredBy)) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${service.name} was not ready within ${timeoutMs / 1000} s:\n${service.recentOutput()}`);
}

async function serviceNamed(response: Response): Promise<unknown> {
  const body = (await response.json().catch(() => null)) as { service?: unknown } | null;
  return body?.service;
}
