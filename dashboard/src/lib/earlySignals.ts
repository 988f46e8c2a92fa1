import type { Language } from '../i18n/strings';
import { formatValue } from './format';

// What the early-signals page (issue #16) works out from the flags it is given: pure, so it is unit-tested.

/** One year of a flagged school's values as the graph answers it; value null unless REPORTED. */
export interface SignalCell {
  year: number;
  status: string;
  value?: number | null;
}

/** The indicators the rules read whose values are shares of pupils, shown with a per cent sign. */
const PERCENT_INDICATORS = new Set(['ABSENCE_OVER_15', 'ELIGIBLE_NATIONAL_PROGRAMME']);

/** A value of the indicator as the page shows it: "11 %" for a share, "−12,5" for a residual, a word for withheld. */
export function formatSignalValue(
  cell: SignalCell,
  indicatorCode: string,
  language: Language,
  withheld: string,
): string {
  if (cell.status === 'SUPPRESSED') return withheld;
  const text = formatValue(cell.value ?? null, language);
  if (text === '–' || !PERCENT_INDICATORS.has(indicatorCode)) return text;
  return language === 'sv' ? `${text} %` : `${text}%`;
}

/** The first and last reported years of a trend, for its summary in words; null with fewer than two. */
export function trendEnds<Cell extends SignalCell>(trend: readonly Cell[]): { first: Cell; last: Cell } | null {
  const reported = trend.filter(
    (cell) => cell.status === 'REPORTED' && cell.value !== null && cell.value !== undefined,
  );
  return reported.length < 2 ? null : { first: reported[0], last: reported[reported.length - 1] };
}

/** How many flags, how many distinct schools, and how many of those are already supported. */
export function flagCounts(flags: readonly { school: { id: string }; supported: boolean }[]): {
  flags: number;
  schools: number;
  supported: number;
} {
  const schools = new Map<string, boolean>();
  for (const flag of flags) schools.set(flag.school.id, (schools.get(flag.school.id) ?? false) || flag.supported);
  return { flags: flags.length, schools: schools.size, supported: [...schools.values()].filter(Boolean).length };
}
