import { log } from './log';
import { stopTracing } from './tracing';

/**
 * Stops cleanly on SIGINT or SIGTERM: `stop` drains requests and closes the pool. A second signal exits at once,
 * for the person who presses Ctrl-C twice.
 */
export function stopOnSignals(service: string, stop: () => Promise<void>): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) process.exit(130);
    stopping = true;
    log.info(`${service}: ${signal} received, stopping`);
    // The last spans are sent after the requests have drained.
    stop()
      .then(() => stopTracing())
      .then(
        () => process.exit(0),
        (error: unknown) => {
          log.error({ err: error }, `${service}: stopping failed`);
          process.exit(1);
        },
      );
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  // Started by the launcher: when it goes away, even by SIGKILL, the IPC channel closes and the service stops too.
  if (process.connected) process.once('disconnect', () => onSignal('SIGTERM'));
}

/** Ends a failed start-up with one readable line instead of a stack trace for errors a person can act on. */
export function exitOnStartupError(service: string, error: unknown): never {
  const message = error instanceof Error ? error.message : String(error);
  // An error of our own kind has said what to do; any other gets its stack, for whoever debugs it.
  const plain = !(error instanceof Error) || error.constructor === Error;
  log.fatal(plain ? { err: error } : {}, `${service} could not start: ${message}`);
  process.exit(1);
}
