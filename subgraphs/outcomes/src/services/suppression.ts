import { OutcomeStatus } from '../entities/outcomeEnums';
import type { AggregateFigure } from '../types/aggregateFigure';

/** An aggregate over fewer school units than this is not published (issue #4; SUPPRESSION_DEFINITION). */
export const MIN_SCHOOL_UNITS = 3;

/**
 * A figure as SQL computed it, before any disclosure rule: its value, and the number of school units behind each
 * aggregate it is built from (one for a mean or a spread; two for a difference of two means).
 */
export interface RawFigure {
  value: number | null;
  schoolCounts: readonly number[];
}

/**
 * THE suppression hook: every figure this subgraph computes over school units passes through here before it is
 * published, one table at a time (one area's figures for one year, or for one event year), so that a rule that
 * must look across a table's cells has them all.
 *
 * Today it applies the secondary-suppression rule of issue #4 cell by cell: an aggregate over fewer than
 * MIN_SCHOOL_UNITS units is withheld, and so is a difference built from such an aggregate (it and the other side
 * would give it away). The next issue's secondary suppression goes here, and only here, including what a single
 * cell cannot see: a withheld band mean can still be worked out from the area mean and the other bands' means
 * and counts, which complementary suppression would have to close.
 */
export function applySuppression<Name extends string>(
  table: Readonly<Record<Name, RawFigure>>,
): Record<Name, AggregateFigure> {
  const published = {} as Record<Name, AggregateFigure>;
  for (const name of Object.keys(table) as Name[]) published[name] = suppressCell(table[name]);
  return published;
}

function suppressCell({ value, schoolCounts }: RawFigure): AggregateFigure {
  const schoolCount = schoolCounts.reduce((sum, count) => sum + count, 0);
  if (value === null || schoolCounts.some((count) => count === 0)) {
    return { value: null, status: OutcomeStatus.MISSING, schoolCount };
  }
  if (schoolCounts.some((count) => count < MIN_SCHOOL_UNITS)) {
    return { value: null, status: OutcomeStatus.SUPPRESSED, schoolCount };
  }
  return { value, status: OutcomeStatus.REPORTED, schoolCount };
}
