import type { PeriodInput } from '../resolvers/inputs/periodInput';
import { badUserInput } from '@lagesbild/subgraph-kit';

/** A period of whole days, both included, as ISO dates. */
export interface Period {
  from: string;
  to: string;
}

const MS_PER_DAY = 86_400_000;

function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * The period a figure covers when the client gives none (issue #4): the 12 months up to today, both days included,
 * so 2026-11-22 gives 2025-11-23 to 2026-11-22. From 29 February a year back is 28 February.
 */
export function defaultPeriod(today: string): Period {
  const [year, month, day] = today.split('-').map(Number);
  const daysInMonthLastYear = new Date(Date.UTC(year - 1, month, 0)).getUTCDate();
  const yearBefore = Date.UTC(year - 1, month - 1, Math.min(day, daysInMonthLastYear));
  return { from: isoDate(yearBefore + MS_PER_DAY), to: today };
}

/** The period asked for, or the default one; a period that ends before it begins is the client's mistake. */
export function reportPeriod(input: PeriodInput | null | undefined, today: string): Period {
  if (!input) return defaultPeriod(today);
  if (input.from > input.to) {
    throw badUserInput(`period.from (${input.from}) must be on or before period.to (${input.to}).`, 'period');
  }
  return { from: input.from, to: input.to };
}
