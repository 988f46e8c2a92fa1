import type { ServiceProcess } from './serviceProcess';

/**
 * When a service that exited unexpectedly is started again, and when that stops. Like systemd's
 * `Restart=on-failure` with `StartLimitBurst` in `StartLimitIntervalSec`: a crash now and then is restarted, a
 * service that keeps failing is left stopped, since its cause is lasting (a broken migration, a wrong password) and
 * restarting it forever would only fill the log.
 */
export interface RestartPolicy {
  /** Restarts allowed within `windowMs`; one more unexpected exit within it and the service is left stopped. */
  maxRestarts: number;
  windowMs: number;
  /** The first restart's delay; each further one within the window waits twice as long, up to `maxDelayMs`. */
  initialDelayMs: number;
  maxDelayMs: number;
  /** How long a restarted process may take to be ready again before it counts as failed. */
  readyTimeoutMs: number;
}

/** Restarts after 1, 2, 4, 8 and 16 s; a sixth unexpected exit within 5 minutes gives up. */
export const DEFAULT_RESTART_POLICY: RestartPolicy = {
  maxRestarts: 5,
  windowMs: 5 * 60_000,
  initialDelayMs: 1000,
  maxDelayMs: 30_000,
  readyTimeoutMs: 120_000,
};

/** The delay before the `restart`th restart within the window (1-based): doubling, capped. */
export function restartDelayMs(policy: RestartPolicy, restart: number): number {
  return Math.min(policy.maxDelayMs, policy.initialDelayMs * 2 ** (restart - 1));
}

/** "30 s", "1 minute", "5 minutes". */
function duration(ms: number): string {
  if (ms < 60_000) return `${ms / 1000} s`;
  const minutes = ms / 60_000;
  return `${minutes} minute${minutes === 1 ? '' : 's'}`;
}

/** How a process ended, in words: "exited with code 1", "was killed by SIGKILL". */
export function describeExit(service: ServiceProcess): string {
  const { exitCode, signalCode } = service.child;
  return signalCode ? `was killed by ${signalCode}` : `exited with code ${exitCode}`;
}

/** A service kept running: its current process, restarted by the policy after an unexpected exit. */
export interface SupervisedService extends ServiceProcess {
  /** Resolves once the first process is ready; supervision starts then (a failed first start is no crash). */
  started: Promise<void>;
  /** Resolves, with a sentence saying why, when the policy gives up; never after a stop on purpose. */
  gaveUp: Promise<string>;
  /** Stops the running process on purpose and starts a fresh one, with a clean record of failures. */
  restart(): Promise<void>;
}

export interface SupervisionOptions {
  name: string;
  /** Starts one process of the service. */
  spawn: () => ServiceProcess;
  /** Waits until the process is ready; rejects if it exits first or the time runs out. */
  ready: (service: ServiceProcess, timeoutMs: number) => Promise<void>;
  /** How long the first start may take (it may seed the demo data). */
  firstReadyTimeoutMs: number;
  policy?: RestartPolicy;
  print: (line: string) => void;
}

/**
 * Runs a service and starts it again, with backoff, whenever it exits without being asked to. `stop()` is the way
 * to ask: after it, or while the launcher shuts down, an exit is expected and nothing restarts.
 */
export function superviseService(options: SupervisionOptions): SupervisedService {
  const { name, print } = options;
  const policy = options.policy ?? DEFAULT_RESTART_POLICY;
  let current = options.spawn();
  let stopping = false;
  let pending: NodeJS.Timeout | undefined;
  /** When each unexpected exit within the window happened. */
  let failures: number[] = [];
  let reportGaveUp: (reason: string) => void = () => undefined;
  const gaveUp = new Promise<string>((resolve) => (reportGaveUp = resolve));

  const watch = (process: ServiceProcess) => {
    void process.exited.then(() => {
      if (!stopping && process === current) onUnexpectedExit(process);
    });
  };

  const onUnexpectedExit = (process: ServiceProcess) => {
    const now = Date.now();
    failures = [...failures.filter((time) => now - time < policy.windowMs), now];
    const restart = failures.length;
    const window = duration(policy.windowMs);
    if (restart > policy.maxRestarts) {
      const reason =
        `${name} ${describeExit(process)} after ${policy.maxRestarts} restarts within ${window}, so it is not ` +
        `started again: restarting has not helped, and the cause is likely lasting (its last lines are above).`;
      print(reason);
      reportGaveUp(reason);
      return;
    }
    const delay = restartDelayMs(policy, restart);
    print(
      `${name} ${describeExit(process)}; starting it again in ${delay / 1000} s ` +
        `(restart ${restart} of at most ${policy.maxRestarts} within ${window}).`,
    );
    pending = setTimeout(() => void startAgain(restart), delay);
  };

  const startAgain = async (restart: number) => {
    pending = undefined;
    if (stopping) return;
    const process = options.spawn();
    current = process;
    watch(process);
    try {
      await options.ready(process, policy.readyTimeoutMs);
      print(`${name} is running again (restart ${restart}).`);
    } catch {
      // An exit is counted by watch(); a process that runs but never gets ready is stopped, which counts the same.
      if (stopping || process !== current || process.child.exitCode !== null || process.child.signalCode !== null)
        return;
      print(`${name} was not ready within ${policy.readyTimeoutMs / 1000} s of its restart; stopping it.`);
      process.child.kill('SIGKILL');
    }
  };

  const started = options.ready(current, options.firstReadyTimeoutMs).then(() => watch(current));

  const stop = async (graceMs?: number) => {
    stopping = true;
    clearTimeout(pending);
    pending = undefined;
    await current.stop(graceMs);
  };

  return {
    name,
    get child() {
      return current.child;
    },
    get exited() {
      return current.exited;
    },
    recentOutput: () => current.recentOutput(),
    started,
    gaveUp,
    stop,
    async restart() {
      await stop();
      stopping = false;
      failures = [];
      current = options.spawn();
      await options.ready(current, options.firstReadyTimeoutMs);
      watch(current);
    },
  };
}
