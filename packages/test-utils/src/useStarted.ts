/**
 * Starts something before a test file's tests and stops it after them. Returns a getter to call inside the tests,
 * which says plainly when the start failed instead of letting every test fail on `undefined`.
 */
export function useStarted<T extends { stop(): Promise<void> }>(
  what: string,
  start: () => Promise<T>,
  timeoutMs: number,
): () => T {
  let started: T | undefined;
  beforeAll(async () => {
    started = await start();
  }, timeoutMs);
  afterAll(async () => {
    await started?.stop();
  });
  return () => {
    if (!started) throw new Error(`The ${what} did not start; see the beforeAll error.`);
    return started;
  };
}
