import { areaUnitsSql, SortDirection } from '@lagesbild/subgraph-kit';
import { OutcomeDimension, OutcomeGroupedFigure } from '../types/outcomeDimension';
import { AREA_ROWS } from './equityTrendRollup';

// The two statements of grouped outcome figures (issue #16), live and from the outcome rollups, built for one shape
// (the dimensions, the order, the first rows) and run for every area that asks for that shape in one request tick.
// Both take the same parameters and give the same columns: $1 the area's index, $2 the indicator, $3 and $4 the
// years, $5 and $6 the areas' kinds and keys (areaParameters), $7 MIN_SCHOOL_UNITS and $8 the rows wanted per area.
// Means are Σx / n over the units with a REPORTED value, as the equity trends compute them (live avg, or the
// rollups' sums), so that both statements give the same figures to the last digit.

/** The key columns every row has, null where its dimension is not grouped by. */
const KEY_COLUMNS: Record<OutcomeDimension, string> = {
  [OutcomeDimension.COUNTY]: 'county_code',
  [OutcomeDimension.MUNICIPALITY]: 'municipality_code',
  [OutcomeDimension.OFFICE]: 'office_id',
  [OutcomeDimension.ORGANISER_TYPE]: 'organiser_type',
  [OutcomeDimension.SCHOOL_FORM]: 'school_form',
  [OutcomeDimension.SOCIO_ECONOMIC_BAND]: 'band',
  [OutcomeDimension.YEAR]: 'year',
};
const KEY_TYPES: Record<OutcomeDimension, string> = {
  [OutcomeDimension.COUNTY]: 'text',
  [OutcomeDimension.MUNICIPALITY]: 'text',
  [OutcomeDimension.OFFICE]: 'text',
  [OutcomeDimension.ORGANISER_TYPE]: 'text',
  [OutcomeDimension.SCHOOL_FORM]: 'text',
  [OutcomeDimension.SOCIO_ECONOMIC_BAND]: 'int',
  [OutcomeDimension.YEAR]: 'int',
};
const DIMENSIONS = Object.values(OutcomeDimension);

/** Each key's expression in the live statement, over the area's units (`scope`) and their values (`v`). */
const LIVE_KEYS: Record<OutcomeDimension, string> = {
  [OutcomeDimension.COUNTY]: 'left(scope.municipality_code, 2)',
  [OutcomeDimension.MUNICIPALITY]: 'scope.municipality_code',
  [OutcomeDimension.OFFICE]: 'scope.office_id',
  [OutcomeDimension.ORGANISER_TYPE]: 'scope.organiser_type',
  [OutcomeDimension.SCHOOL_FORM]: 'scope.school_form',
  [OutcomeDimension.SOCIO_ECONOMIC_BAND]: 'scope.band',
  [OutcomeDimension.YEAR]: 'v.year',
};

/** Each key's expression over rollup rows (`a`), the office map (`m`) and the indicator (`i`); null: not held. */
const ROLLUP_KEYS: Record<OutcomeDimension, string | null> = {
  [OutcomeDimension.COUNTY]: 'a.county_code',
  [OutcomeDimension.MUNICIPALITY]: 'a.municipality_code',
  [OutcomeDimension.OFFICE]: 'm.office_id',
  [OutcomeDimension.ORGANISER_TYPE]: null,
  [OutcomeDimension.SCHOOL_FORM]: 'i.school_form',
  [OutcomeDimension.SOCIO_ECONOMIC_BAND]: 'nullif(a.band, 0)',
  [OutcomeDimension.YEAR]: 'a.year',
};

/** Whether the rollups hold every key of `groupBy` (they know no organiser). */
export const rollupHoldsDimensions = (groupBy: readonly OutcomeDimension[]) =>
  groupBy.every((dimension) => ROLLUP_KEYS[dimension] !== null);

/** The shape one statement is built for. */
export interface GroupedShape {
  groupBy: readonly OutcomeDimension[];
  orderBy: { figure: OutcomeGroupedFigure; direction: SortDirection } | null;
}

/** SELECT list of the keys: the grouped ones from `expressions`, the others null of their type. */
const keyList = (groupBy: readonly OutcomeDimension[], expressions: Record<OutcomeDimension, string | null>) =>
  DIMENSIONS.map((dimension) =>
    groupBy.includes(dimension)
      ? `(${expressions[dimension]})::${KEY_TYPES[dimension]} AS ${KEY_COLUMNS[dimension]}`
      : `NULL::${KEY_TYPES[dimension]} AS ${KEY_COLUMNS[dimension]}`,
  ).join(', ');

const GROUP_KEYS = `area, ${DIMENSIONS.map((dimension) => KEY_COLUMNS[dimension]).join(', ')}`;

/**
 * The sort key: the figure as it is published, null where the suppression rule (applySuppression) withholds it,
 * so that a withheld figure's value never decides a row's place; those rows come last either way.
 */
const PUBLISHED: Record<OutcomeGroupedFigure, string> = {
  [OutcomeGroupedFigure.MEAN]: 'CASE WHEN schools >= rule.min_units THEN mean END',
  [OutcomeGroupedFigure.GIRLS_MEAN]: 'CASE WHEN girls_schools >= rule.min_units THEN girls_mean END',
  [OutcomeGroupedFigure.BOYS_MEAN]: 'CASE WHEN boys_schools >= rule.min_units THEN boys_mean END',
  [OutcomeGroupedFigure.GENDER_GAP]:
    'CASE WHEN girls_schools >= rule.min_units AND boys_schools >= rule.min_units THEN girls_mean - boys_mean END',
  [OutcomeGroupedFigure.SCHOOL_COUNT]: 'schools',
  [OutcomeGroupedFigure.PUPIL_COUNT]: 'CASE WHEN schools >= rule.min_units AND pupils_known THEN pupils END',
};

/** Every area's rows of CTE `grouped`, sorted, cut to $8 per area, with the count before the cut. */
function rankedSql({ groupBy, orderBy }: GroupedShape): string {
  const ties = groupBy.map((dimension) => `${KEY_COLUMNS[dimension]} NULLS LAST`);
  const order = orderBy
    ? [`${PUBLISHED[orderBy.figure]} ${orderBy.direction === SortDirection.DESC ? 'DESC' : 'ASC'} NULLS LAST`, ...ties]
    : ties;
  return `,
  ranked AS (
    SELECT grouped.*, count(*) OVER (PARTITION BY area)::int AS total,
           row_number() OVER (PARTITION BY area ORDER BY ${order.join(', ')}) AS position
    FROM grouped CROSS JOIN (SELECT $7::int AS min_units) rule
  )
  SELECT * FROM ranked WHERE position <= $8::int ORDER BY area, position`;
}

/** The figures of one group, from CTE `source` of unit values (live) or of rollup rows. */
const REPORTED = (group: string) => `"group" = '${group}' AND status = 'REPORTED'`;

/** The live statement: the areas' units of the indicator's school form and their values, grouped. */
export function liveGroupedSql(shape: GroupedShape): string {
  return `
  WITH request AS (
    SELECT * FROM unnest($1::int[], $2::text[], $3::int[], $4::int[]) AS request (area, indicator_code, from_year, to_year)
  ),
  unit_value AS (
    SELECT request.area, ${keyList(shape.groupBy, LIVE_KEYS)}, v."group", v.status, v.value, v.pupil_count
    FROM request
    JOIN indicator ON indicator.code = request.indicator_code
    JOIN (${areaUnitsSql('$5::text[]', '$6::text[]')}) scope
      ON scope.area = request.area AND scope.school_form = indicator.school_form
    JOIN outcome_value v ON v.school_id = scope.school_id AND v.indicator_code = request.indicator_code
    WHERE v.year >= coalesce(request.from_year, v.year) AND v.year <= coalesce(request.to_year, v.year)
  ),
  grouped AS (
    SELECT ${GROUP_KEYS},
      count(*) FILTER (WHERE ${REPORTED('ALL')})::int AS schools,
      (avg(value) FILTER (WHERE ${REPORTED('ALL')}))::float8 AS mean,
      count(*) FILTER (WHERE ${REPORTED('GIRLS')})::int AS girls_schools,
      (avg(value) FILTER (WHERE ${REPORTED('GIRLS')}))::float8 AS girls_mean,
      count(*) FILTER (WHERE ${REPORTED('BOYS')})::int AS boys_schools,
      (avg(value) FILTER (WHERE ${REPORTED('BOYS')}))::float8 AS boys_mean,
      (sum(pupil_count) FILTER (WHERE ${REPORTED('ALL')}))::int AS pupils,
      bool_and(pupil_count IS NOT NULL) FILTER (WHERE ${REPORTED('ALL')}) AS pupils_known,
      count(*) FILTER (WHERE "group" = 'ALL' AND status = 'SUPPRESSED')::int AS suppressed,
      count(*) FILTER (WHERE "group" = 'ALL' AND status = 'MISSING')::int AS missing
    FROM unit_value
    GROUP BY ${GROUP_KEYS}
  )${rankedSql(shape)}`;
}

/** A sum of the rollups' column `column` over one pupil group's rows. */
const summed = (column: string, group: string) => `coalesce(sum(${column}) FILTER (WHERE "group" = '${group}'), 0)`;
const rollupMean = (group: string) =>
  `(${summed('value_sum', group)} / nullif(${summed('reported', group)}, 0))::float8`;

/**
 * The statement over the rollups, for areas made of whole municipalities and dimensions they hold: each area's
 * rows of the three pupil groups, summed per combination. They hold no pupil counts: a shape that needs them is
 * computed live.
 */
export function rollupGroupedSql(shape: GroupedShape): string {
  return `
  WITH request AS (
    SELECT r.*, g."group"
    FROM unnest($1::int[], $2::text[], $3::int[], $4::int[], $5::text[], $6::text[])
      AS r (area, indicator_code, from_year, to_year, area_kind, area_code)
    CROSS JOIN unnest(ARRAY['ALL', 'GIRLS', 'BOYS']) AS g ("group")
  ),
  area_row AS (${AREA_ROWS}),
  keyed AS (
    SELECT a.area, ${keyList(shape.groupBy, ROLLUP_KEYS)}, a."group", a.reported, a.value_sum, a.suppressed, a.missing
    FROM area_row a
    JOIN indicator i ON i.code = a.indicator_code
    LEFT JOIN offices.municipality_office m ON m.municipality_code = a.municipality_code
    WHERE a.year >= coalesce(a.from_year, a.year) AND a.year <= coalesce(a.to_year, a.year)
  ),
  grouped AS (
    SELECT ${GROUP_KEYS},
      ${summed('reported', 'ALL')}::int AS schools, ${rollupMean('ALL')} AS mean,
      ${summed('reported', 'GIRLS')}::int AS girls_schools, ${rollupMean('GIRLS')} AS girls_mean,
      ${summed('reported', 'BOYS')}::int AS boys_schools, ${rollupMean('BOYS')} AS boys_mean,
      NULL::int AS pupils, NULL::boolean AS pupils_known,
      ${summed('suppressed', 'ALL')}::int AS suppressed, ${summed('missing', 'ALL')}::int AS missing
    FROM keyed
    GROUP BY ${GROUP_KEYS}
  )${rankedSql(shape)}`;
}
