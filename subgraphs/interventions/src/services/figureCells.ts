import { areaParameters, areaUnitsSql, type FigureArea } from '@lagesbild/subgraph-kit';
import { InterventionKind } from '../entities/interventionEnums';
import type { FigureFilterValues } from '../resolvers/inputs/figureFilter';
import { ReportDimension } from '../types/reportDimension';
import { countsInPeriodSql, furthestStepSql, namedSchoolsSql } from './figureDefinitions';
import type { Period } from './reportPeriod';

// The common start of every statement that computes coverage or follow-up figures (issue #4). The figures asked for
// in one request tick (each area's, each period and filter, maybe grouped) arrive as parallel arrays and are
// unnested in PostgreSQL, so that one statement computes all of them, however many areas a query names. Each
// area's school units, their high need and their office come from this subgraph's replicas of the register, the
// need classification and the office map (issue #13), read under the request's county scope.

/** One figure asked for: an area, the period and filter, and the dimension to group by, if any. */
export interface FigureRequest {
  area: FigureArea;
  period: Period;
  filter: FigureFilterValues | null;
  dimension: ReportDimension | null;
}

/** Positional parameters, each cast to its type where it is used: `$3::uuid[]`. */
export class SqlParameters {
  readonly values: unknown[] = [];

  add(value: unknown, type: string): string {
    this.values.push(value);
    return `$${this.values.length}::${type}`;
  }

  /** `unnest($1::int[], $2::uuid[]) AS alias(a, b)`: rows passed as one array parameter per column. */
  unnest<T>(alias: string, rows: readonly T[], columns: Record<string, [type: string, value: (row: T) => unknown]>) {
    const names = Object.keys(columns);
    const arrays = names.map((name) => this.add(rows.map(columns[name][1]), `${columns[name][0]}[]`));
    return `unnest(${arrays.join(', ')}) AS ${alias}(${names.join(', ')})`;
  }
}

/**
 * SQL: the group a school unit `u` falls in under each dimension that splits the scope (the others split the period
 * or the interventions). Null for a unit whose municipality the office map does not name: it is in no office's group.
 */
const SCOPE_KEY_SQL: Readonly<Partial<Record<ReportDimension, string>>> = {
  [ReportDimension.COUNTY]: 'left(u.municipality_code, 2)',
  [ReportDimension.MUNICIPALITY]: 'u.municipality_code',
  [ReportDimension.OFFICE]: 'u.office_id',
  [ReportDimension.ORGANISER_TYPE]: 'u.organiser_type',
  [ReportDimension.SCHOOL_FORM]: 'u.school_form',
};

export const scopeKeySql = (dimension: string) =>
  `CASE ${dimension} ${Object.entries(SCOPE_KEY_SQL)
    .map(([key, sql]) => `WHEN '${key}' THEN ${sql}`)
    .join(' ')} ELSE '' END`;

/** SQL: whether intervention `i` passes the kind and origin filter of cell `c`. */
export function interventionFilterSql(i: string, c: string): string {
  return `(${c}.kind IS NULL OR ${i}.kind = ${c}.kind) AND (${c}.origin IS NULL OR ${i}.origin = ${c}.origin)`;
}

/**
 * The CTE `request (req, area_kind, area_code, period_from, period_to, kind, origin, dimension, school_form,
 * organiser_type)`: one row per figure asked for, `req` its index.
 */
export function requestCteSql(p: SqlParameters, requests: readonly FigureRequest[]): string {
  return `
    request AS (
      SELECT * FROM ${p.unnest(
        'request',
        requests.map((request, req) => ({ ...request, req })),
        {
          req: ['int', (r) => r.req],
          area_kind: ['text', (r) => r.area.kind],
          area_code: ['text', (r) => r.area.code],
          period_from: ['date', (r) => r.period.from],
          period_to: ['date', (r) => r.period.to],
          kind: ['text', (r) => r.filter?.kind ?? null],
          origin: ['text', (r) => r.filter?.origin ?? null],
          dimension: ['text', (r) => r.dimension],
          school_form: ['text', (r) => r.filter?.schoolForm ?? null],
          organiser_type: ['text', (r) => r.filter?.organiserType ?? null],
        },
      )}
    )`;
}

/**
 * The CTE `cell (req, group_key, scope_group, period_from, period_to, kind, origin)` over `request` and the CTE
 * named `scope`, with columns `(req, scope_group)`: a request without a dimension has one cell (group_key ''); a grouped
 * one has a cell per group, with the scope, period or kind narrowed to the group.
 */
export function cellCteSql(p: SqlParameters, scope: string): string {
  const splitsScope = Object.keys(SCOPE_KEY_SQL).map((dimension) => `'${dimension}'`);
  return `
    cell AS (
      SELECT r.req, '' AS group_key, '' AS scope_group, r.period_from, r.period_to, r.kind, r.origin
      FROM request r WHERE r.dimension IS NULL
      UNION ALL
      SELECT DISTINCT s.req, s.scope_group, s.scope_group, r.period_from, r.period_to, r.kind, r.origin
      FROM ${scope} s JOIN request r USING (req) WHERE r.dimension IN (${splitsScope.join(', ')})
      UNION ALL
      SELECT r.req, y.year::text, '', greatest(r.period_from, make_date(y.year, 1, 1)),
        least(r.period_to, make_date(y.year, 12, 31)), r.kind, r.origin
      FROM request r
      CROSS JOIN generate_series(extract(year FROM r.period_from)::int, extract(year FROM r.period_to)::int) AS y(year)
      WHERE r.dimension = '${ReportDimension.YEAR}'
      UNION ALL
      SELECT r.req, k.kind, '', r.period_from, r.period_to, k.kind, r.origin
      FROM request r CROSS JOIN unnest(${p.add(Object.values(InterventionKind), 'text[]')}) AS k(kind)
      WHERE r.dimension = '${ReportDimension.KIND}' AND (r.kind IS NULL OR r.kind = k.kind)
    )`;
}

/**
 * The CTEs shared by the figure statements, ending in:
 * - `cell (req, group_key, scope_group, period_from, period_to, kind, origin)`: what one figure is computed over.
 *   A request without a dimension has one cell (group_key ''); a grouped one has a cell per group, with the scope,
 *   period or kind narrowed to the group;
 * - `group_school (req, scope_group, school_id, organiser_id, municipality_code, high_need)`: the school units of
 *   each scope group. A dimension that splits the scope gives each group (cell) its own units; any other request
 *   has one scope group ('') that all its cells share, so that a figure by year or kind reads the scope once
 *   rather than once per cell (at scale 10, six years of a national scope were 460,000 rows);
 * - `group_organiser (req, scope_group, organiser_id)`: the organisers running them;
 * - `cell_organiser (req, group_key, organiser_id)`: each cell's organisers;
 * - `counting (req, group_key, scope_group, id, organiser_id, origin, step, named)`: the interventions for those
 *   organisers that count in the cell's period and pass its filter, with the furthest funnel step each had reached
 *   by the period's end and the school units each names.
 */
export function figureCellsSql(p: SqlParameters, requests: readonly FigureRequest[]): string {
  const [kinds, codes] = areaParameters(requests.map((request) => request.area));
  return `
    ${requestCteSql(p, requests)},
    -- The units of each request's area after its filter, each with its high need and its group under the
    -- request's dimension.
    group_school AS MATERIALIZED (
      SELECT r.req, u.school_id, u.organiser_id, u.municipality_code,
        EXISTS (SELECT 1 FROM outcomes.school_need n WHERE n.school_id = u.school_id AND n.fifth = 1) AS high_need,
        ${scopeKeySql('r.dimension')} AS scope_group
      FROM (${areaUnitsSql(p.add(kinds, 'text[]'), p.add(codes, 'text[]'))}) u
      JOIN request r ON r.req = u.area
      WHERE (r.school_form IS NULL OR u.school_form = r.school_form)
        AND (r.organiser_type IS NULL OR u.organiser_type = r.organiser_type)
        AND ${scopeKeySql('r.dimension')} IS NOT NULL
    ),
    ${cellCteSql(p, 'group_school')},
    group_organiser AS MATERIALIZED (
      SELECT DISTINCT req, scope_group, organiser_id FROM group_school
    ),
    cell_organiser AS (
      SELECT c.req, c.group_key, o.organiser_id
      FROM cell c JOIN group_organiser o USING (req, scope_group)
    ),
    -- Materialized, so that each intervention's named schools are read once, not once per school they are tested on.
    counting AS MATERIALIZED (
      SELECT c.req, c.group_key, c.scope_group, i.id, i.organiser_id, i.origin,
        ${furthestStepSql('i', 'c.period_to')} AS step, ${namedSchoolsSql('i')} AS named
      FROM cell c
      JOIN group_organiser o USING (req, scope_group)
      JOIN intervention i ON i.organiser_id = o.organiser_id
      WHERE ${countsInPeriodSql('i', 'c.period_from', 'c.period_to')} AND ${interventionFilterSql('i', 'c')}
    )`;
}

/** The rows of one statement over several requests (each row has its request's index), sorted out per request. */
export function byRequest<T extends { req: number }>(rows: readonly T[], count: number): T[][] {
  const grouped: T[][] = Array.from({ length: count }, () => []);
  for (const row of rows) grouped[row.req].push(row);
  return grouped;
}
