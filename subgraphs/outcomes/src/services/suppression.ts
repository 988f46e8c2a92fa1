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
 * It applies the rule of issue #4 cell by cell: an aggregate over fewer than MIN_SCHOOL_UNITS units is withheld,
 * and so is a difference built from such an aggregate (it and the other side would give it away).
 *
 * Why no complementary suppression across cells or areas (issue #5): the figures are unweighted means over school
 * units and each publishes its schoolCount, so mean × schoolCount is a sum, and a withheld cell can be worked out
 * by subtraction (a county's mean less its other municipalities', an area's mean less its other bands'). But every
 * value an aggregate reads is itself published, unit by unit, in School.outcomes: the values under 10 pupils and
 * their complements are withheld in the stored rows before any aggregate reads them
 * (services/pupilSuppression.service.ts), and the scope publishes each unit's band and form. So what the
 * subtraction recovers is a mean of published values that anyone can take directly; it discloses no pupil group.
 * Withholding a complementary municipality or band would hide published information and protect none. The
 * suppression suite (gateway/src/__tests__/suppression.test.ts) checks both halves: no suppressed value can be
 * recovered from totals and subgroups, and every withheld area cell that can be recovered equals the mean of its
 * units' published values.
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
