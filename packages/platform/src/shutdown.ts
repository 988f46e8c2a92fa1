/**
 * Stops cleanly on SIGINT or SIGTERM: `stop` drains requests and closes the pool. A second signal exits at once,
 * for the person who presses Ctrl-C twice.
 */
export function stopOnSignals(service: string, stop: () => Promise<void>): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) process.exit(130);
    stopping = true;
    console.log(`${service}: ${signal} received, stopping`);
    stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(`${service}: stopping failed:`, error);
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
  console.error(`${service} could not start: ${message}`);
  if (!(error instanceof Error) || error.constructor === Error) console.error(error);
  process.exit(1);
}
