import { areaParameters, areaUnitsSql, badUserInput, readDataVersions, type FigureArea } from '@lagesbild/subgraph-kit';
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { OutcomeStatus } from '../entities/outcomeEnums';
import type { EarlySignalArgs, EarlySignalThresholds } from '../resolvers/inputs/earlySignalArgs';
import {
  EarlySignalRule,
  type EarlySignalFlag,
  type EarlySignals,
  type EarlySignalThresholdsUsed,
  type EarlySignalValue,
} from '../types/earlySignals';
import { EARLY_SIGNAL_DEFAULTS } from './earlySignalDefinitions';

/** What one area's early signals are asked with, every threshold filled in. */
export interface EarlySignalOptions extends EarlySignalThresholds {
  year: number | null;
  trendYears: number;
}

export interface EarlySignalRequest {
  area: FigureArea;
  options: EarlySignalOptions;
}

interface FlagRow {
  area: number;
  rule: EarlySignalRule;
  indicator_code: string;
  school_id: string;
  first_support_on: string | null;
  /** The unit's rows of the rule's indicator over the window and the trend, oldest first; a year may have none. */
  cells: EarlySignalValue[];
}

/**
 * The rules of services/earlySignalDefinitions.ts in one statement, for every area of a request tick that asks
 * with the same thresholds. Each rule reads one indicator (group ALL) over a window of years ending in the year of
 * the signals; a cell's value is null unless it is REPORTED, so a suppressed or missing cell makes every
 * comparison it is in null, and a null comparison never counts towards a flag.
 *
 * The year before, and the year `eligibilityYears` before, are taken by window frames over the year
 * (`RANGE BETWEEN n PRECEDING AND n PRECEDING`) rather than by LAG over rows: a year with no row (a unit that did
 * not report) would make LAG reach one year further back and compare the wrong years.
 *
 * $1, $2 the areas; $3 the year of the signals; $4 the years to read up to it (the longest window or trend); $5 absence years in a row;
 * $6 absence minimum rise; $7 eligibility drop; $8 eligibility years; $9 SALSA threshold; $10 SALSA years.
 */
const EARLY_SIGNALS_SQL = `
  WITH scope AS MATERIALIZED (${areaUnitsSql('$1::text[]', '$2::text[]')}),
  rule (rule, indicator_code) AS (
    VALUES ('RISING_ABSENCE', 'ABSENCE_OVER_15'),
           ('FALLING_ELIGIBILITY', 'ELIGIBLE_NATIONAL_PROGRAMME'),
           ('LOW_SALSA_RESIDUAL', 'SALSA_RESIDUAL')
  ),
  signal_year AS (SELECT $3::int AS year),
  cell AS (
    SELECT scope.area, scope.school_id, scope.organiser_id, rule.rule, v.year, v.status,
           CASE WHEN v.status = 'REPORTED' THEN v.value::float8 END AS value
    FROM scope CROSS JOIN rule CROSS JOIN signal_year
    JOIN outcome_value v ON v.school_id = scope.school_id AND v.indicator_code = rule.indicator_code
                        AND v."group" = 'ALL'
                        AND v.year BETWEEN signal_year.year - $4::int + 1 AND signal_year.year
  ),
  compared AS (
    SELECT cell.*,
           value - first_value(value) OVER year_before AS rise,
           value - first_value(value) OVER span_before AS change_over_span
    FROM cell
    WINDOW year_before AS (PARTITION BY area, school_id, rule ORDER BY year RANGE BETWEEN 1 PRECEDING AND 1 PRECEDING),
           span_before AS (PARTITION BY area, school_id, rule ORDER BY year
                           RANGE BETWEEN $8::int PRECEDING AND $8::int PRECEDING)
  ),
  flagged AS (
    SELECT area, school_id, organiser_id, rule,
           json_agg(json_build_object('year', compared.year, 'status', status, 'value', value)
                    ORDER BY compared.year) AS cells
    FROM compared CROSS JOIN signal_year
    GROUP BY area, school_id, organiser_id, rule, signal_year.year
    HAVING CASE rule
      WHEN 'RISING_ABSENCE' THEN
        count(*) FILTER (WHERE compared.year > signal_year.year - $5::int AND rise > $6::float8) = $5::int
      WHEN 'FALLING_ELIGIBILITY' THEN
        coalesce(bool_or(compared.year = signal_year.year AND change_over_span <= -$7::float8), false)
      WHEN 'LOW_SALSA_RESIDUAL' THEN
        count(*) FILTER (WHERE compared.year > signal_year.year - $10::int AND value < $9::float8) = $10::int
    END
  )
  SELECT flagged.area, flagged.rule, rule.indicator_code, flagged.school_id::text AS school_id,
         least(unit.first_support_on, organiser.first_support_on)::text AS first_support_on, flagged.cells
  FROM flagged JOIN rule USING (rule)
  LEFT JOIN interventions.unit_support unit
    ON unit.school_id = flagged.school_id AND unit.organiser_id = flagged.organiser_id
  LEFT JOIN interventions.organiser_support organiser ON organiser.organiser_id = flagged.organiser_id
  ORDER BY flagged.area, array_position(ARRAY['RISING_ABSENCE', 'FALLING_ELIGIBILITY', 'LOW_SALSA_RESIDUAL'],
                                        flagged.rule), flagged.school_id`;

/**
 * The year of the signals when none is asked for: the latest year in which the rules' indicators have at least half
 * as many values (reported or suppressed) as in their best-covered year. A year whose results are only beginning to
 * come in (one school's file imported early) is not yet the year of the signals: applied to it, the rules would find
 * almost no school with a window of values and show an area as free of signals when its data are simply not in.
 * Read from the outcome rollups, so it costs a few hundred rows; row-level security counts the caller's own areas.
 */
const LATEST_YEAR_SQL = `SELECT max(year) FILTER (WHERE 2 * cells >= best)::int AS year
  FROM (SELECT year, cells, max(cells) OVER () AS best
          FROM (SELECT year, sum(reported + suppressed) AS cells FROM outcome_rollup
                 WHERE indicator_code = ANY(ARRAY['ABSENCE_OVER_15', 'ELIGIBLE_NATIONAL_PROGRAMME', 'SALSA_RESIDUAL'])
                   AND "group" = 'ALL'
                 GROUP BY year) per_year) covered`;

function requireWithin(name: string, value: number, min: number, max: number): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw badUserInput(`${name} must be a whole number from ${min} to ${max}; it was ${value}.`, name);
  }
}

/** The request's options with every default filled in, or a BAD_USER_INPUT error a person can act on. */
export function earlySignalOptions(args: EarlySignalArgs): EarlySignalOptions {
  const options: EarlySignalOptions = {
    ...EARLY_SIGNAL_DEFAULTS,
    ...(args.thresholds ?? {}),
    year: args.year ?? null,
    trendYears: args.trendYears ?? EARLY_SIGNAL_DEFAULTS.trendYears,
  };
  requireWithin('absenceRisingYears', options.absenceRisingYears, 1, 10);
  requireWithin('eligibilityYears', options.eligibilityYears, 1, 10);
  requireWithin('salsaYears', options.salsaYears, 1, 10);
  requireWithin('trendYears', options.trendYears, 1, 20);
  if (!(options.eligibilityDrop > 0)) {
    throw badUserInput(
      `eligibilityDrop must be more than 0 points; it was ${options.eligibilityDrop}.`,
      'eligibilityDrop',
    );
  }
  return options;
}

/** The thresholds of the options, as the answer says them. */
function thresholdsOf(o: EarlySignalOptions): EarlySignalThresholdsUsed {
  return {
    absenceRisingYears: o.absenceRisingYears,
    absenceMinimumRise: o.absenceMinimumRise,
    eligibilityDrop: o.eligibilityDrop,
    eligibilityYears: o.eligibilityYears,
    salsaResidualBelow: o.salsaResidualBelow,
    salsaYears: o.salsaYears,
  };
}

/** How many years, up to the year of the signals, each rule's window spans. */
function windowYears(rule: EarlySignalRule, o: EarlySignalOptions): number {
  switch (rule) {
    case EarlySignalRule.RISING_ABSENCE:
      return o.absenceRisingYears + 1;
    case EarlySignalRule.FALLING_ELIGIBILITY:
      return o.eligibilityYears + 1;
    case EarlySignalRule.LOW_SALSA_RESIDUAL:
      return o.salsaYears;
  }
}

/** The `count` years up to `year`, oldest first, each with its row or MISSING where the unit has none. */
function yearsOf(cells: readonly EarlySignalValue[], year: number, count: number): EarlySignalValue[] {
  const byYear = new Map(cells.map((cell) => [cell.year, cell]));
  return Array.from({ length: count }, (_, i) => {
    const cell = byYear.get(year - count + 1 + i);
    return cell
      ? { year: cell.year, status: cell.status, value: cell.status === OutcomeStatus.REPORTED ? cell.value : null }
      : { year: year - count + 1 + i, status: OutcomeStatus.MISSING, value: null };
  });
}

function flagOf(row: FlagRow, year: number, o: EarlySignalOptions): EarlySignalFlag {
  const values = yearsOf(row.cells, year, windowYears(row.rule, o));
  return {
    rule: row.rule,
    indicatorCode: row.indicator_code,
    school: { id: row.school_id },
    values,
    windowHasSuppressed: values.some((cell) => cell.status === OutcomeStatus.SUPPRESSED),
    trend: yearsOf(row.cells, year, o.trendYears),
    supported: row.first_support_on !== null,
    firstSupportOn: row.first_support_on,
  };
}

/** The early signals asked for in one request tick: one statement per set of thresholds (usually one). */
export function createEarlySignalLoader(dataSource: DataSource) {
  return new DataLoader<EarlySignalRequest, EarlySignals>(
    async (requests) => {
      const dataVersions = await readDataVersions(dataSource);
      const byOptions = new Map<string, number[]>();
      requests.forEach((request, i) => {
        const key = JSON.stringify(request.options);
        byOptions.set(key, [...(byOptions.get(key) ?? []), i]);
      });
      const answers: EarlySignals[] = new Array(requests.length);
      const latestYear = requests.some((request) => request.options.year === null)
        ? ((await dataSource.query(LATEST_YEAR_SQL)) as { year: number | null }[])[0].year
        : null;
      for (const indexes of byOptions.values()) {
        const o = requests[indexes[0]].options;
        const year = o.year ?? latestYear;
        const rows: FlagRow[] =
          year === null
            ? []
            : await dataSource.query(EARLY_SIGNALS_SQL, [
                ...areaParameters(indexes.map((i) => requests[i].area)),
                year,
                Math.max(o.trendYears, ...Object.values(EarlySignalRule).map((rule) => windowYears(rule, o))),
                o.absenceRisingYears,
                o.absenceMinimumRise,
                o.eligibilityDrop,
                o.eligibilityYears,
                o.salsaResidualBelow,
                o.salsaYears,
              ]);
        indexes.forEach((requestIndex, area) => {
          answers[requestIndex] = {
            year,
            thresholds: thresholdsOf(o),
            dataVersions,
            flags: year === null ? [] : rows.filter((row) => row.area === area).map((row) => flagOf(row, year, o)),
          };
        });
      }
      return answers;
    },
    // Keys are new objects with every request: batching only, nothing to cache.
    { cache: false },
  );
}
