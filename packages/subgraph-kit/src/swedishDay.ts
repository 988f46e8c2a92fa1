import { log, swedishToday } from '@lagesbild/platform';

export { swedishToday };

/** Milliseconds from `now` until the Swedish date next changes (a little after, never before). */
export function msUntilNextSwedishDay(now = new Date()): number {
  const today = swedishToday(now);
  // Found a minute at a time rather than by time zone arithmetic, which daylight saving makes easy to get wrong:
  // at most 1,440 steps, once a day.
  let probe = now.getTime();
  const step = 60_000;
  while (swedishToday(new Date(probe)) === today) probe += step;
  return Math.max(probe - now.getTime(), step);
}

/**
 * Runs `work` with today's Swedish date now, and again each time the date changes, until the returned function is
 * called. A failure is logged and retried at the next change; it never stops the process.
 */
export function everySwedishDay(
  name: string,
  work: (today: string) => Promise<void>,
): { ready: Promise<void>; stop(): void } {
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const run = async () => {
    try {
      await work(swedishToday());
    } catch (error) {
      log.error({ err: error }, `${name}: the work of the new day failed; it runs again at the next day`);
    }
    if (stopped) return;
    timer = setTimeout(() => void run(), msUntilNextSwedishDay());
    timer.unref();
  };
  return {
    ready: run(),
    stop: () => {
      stopped = true;
      if (timer) clearTimeout(timer);
    },
  };
}
