import { areaParameters, areaUnitsSql, type FigureArea } from '@lagesbild/subgraph-kit';
import { InterventionKind, InterventionOrigin } from '../entities/interventionEnums';
import type { FigureFilterValues } from '../resolvers/inputs/figureFilter';
import { KEY_ORDER, ReportDimension } from '../types/reportDimension';
import { countsInPeriodSql, furthestStepSql, namedSchoolsSql } from './figureDefinitions';
import type { Period } from './reportPeriod';

// The common start of every statement that computes coverage or follow-up figures (issue #4). The figures asked for
// in one request tick (each area's, each period and filter, maybe grouped) arrive as parallel arrays and are
// unnested in PostgreSQL, so that one statement computes all of them, however many areas a query names. Each
// area's school units, their high need and their office come from this subgraph's replicas of the register, the
// need classification and the office map (issue #13), read under the request's county scope.

/**
 * One figure asked for: an area, the period and filter, and the dimensions to group by (none: one figure), in
 * KEY_ORDER (groupDimensions), each once.
 */
export interface FigureRequest {
  area: FigureArea;
  period: Period;
  filter: FigureFilterValues | null;
  dimensions: readonly ReportDimension[];
}

/** The dimensions asked for, in KEY_ORDER, the order of the parts of a group's key. */
export function groupDimensions(dimensions: readonly ReportDimension[]): ReportDimension[] {
  return KEY_ORDER.filter((dimension) => dimensions.includes(dimension));
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
 * or the interventions), in KEY_ORDER. Null for a unit whose municipality the office map does not name, or that has
 * no band: it is in no group of that dimension. The rollups keep no band (`band: null`), so rollupCovers sends
 * requests by band to the live statement.
 */
function scopeKeys(band: string | null): Partial<Record<ReportDimension, string>> {
  return {
    [ReportDimension.COUNTY]: 'left(u.municipality_code, 2)',
    [ReportDimension.MUNICIPALITY]: 'u.municipality_code',
    [ReportDimension.OFFICE]: 'u.office_id',
    [ReportDimension.ORGANISER_TYPE]: 'u.organiser_type',
    [ReportDimension.SCHOOL_FORM]: 'u.school_form',
    [ReportDimension.SOCIO_ECONOMIC_BAND]: band ?? 'NULL::text',
  };
}

/** The dimensions that split the scope. */
export const SCOPE_DIMENSIONS = Object.keys(scopeKeys(null)) as ReportDimension[];

const grouped = (dimension: ReportDimension, dimensions: string) => `'${dimension}' = ANY (${dimensions})`;

/**
 * SQL: the scope group of unit `u` under the dimensions `dimensions` (a text[] expression): its keys under those
 * that split the scope, joined by '|' in KEY_ORDER; '' when none does. `band` is the unit's band column, if any.
 */
export const scopeKeySql = (dimensions: string, band: string | null = null) =>
  `concat_ws('|', ${Object.entries(scopeKeys(band))
    .map(([dimension, sql]) => `CASE WHEN ${grouped(dimension as ReportDimension, dimensions)} THEN ${sql} END`)
    .join(', ')})`;

/** SQL: whether unit `u` is in a group of every dimension in `dimensions` that splits the scope. */
export const inScopeGroupsSql = (dimensions: string, band: string | null = null) =>
  `(${Object.entries(scopeKeys(band))
    .map(([dimension, sql]) => `(NOT ${grouped(dimension as ReportDimension, dimensions)} OR ${sql} IS NOT NULL)`)
    .join(' AND ')})`;

/** SQL: whether intervention `i` passes the kind and origin filter of cell `c`. */
export function interventionFilterSql(i: string, c: string): string {
  return `(${c}.kind IS NULL OR ${i}.kind = ${c}.kind) AND (${c}.origin IS NULL OR ${i}.origin = ${c}.origin)`;
}

/**
 * The CTE `request (req, area_kind, area_code, period_from, period_to, kind, origin, dimensions, school_form,
 * organiser_type)`: one row per figure asked for, `req` its index; `dimensions` (text[]) the ones it groups by.
 */
export function requestCteSql(p: SqlParameters, requests: readonly FigureRequest[]): string {
  return `
    request AS (
      SELECT *, dimension_list::text[] AS dimensions FROM ${p.unnest(
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
          // An array per row does not unnest; its literal does, read back as an array below.
          dimension_list: ['text', (r) => `{${r.dimensions.join(',')}}`],
          school_form: ['text', (r) => r.filter?.schoolForm ?? null],
          organiser_type: ['text', (r) => r.filter?.organiserType ?? null],
        },
      )}
    )`;
}

/**
 * The CTE `cell (req, group_key, scope_group, period_from, period_to, kind, origin)` over `request` and the CTE
 * named `scope`, with columns `(req, scope_group)`: a request without dimensions has one cell (group_key ''); a
 * grouped one has a cell per combination of its groups: each scope group present in `scope` (under the dimensions
 * that split the scope), by each year of the period (cut to it), each kind and each origin (within its filter). The
 * group key lists the cell's keys in KEY_ORDER, joined by '|'.
 */
export function cellCteSql(p: SqlParameters, scope: string): string {
  const splitsScope = `r.dimensions && ${p.add(SCOPE_DIMENSIONS, 'text[]')}`;
  const by = (dimension: ReportDimension) => grouped(dimension, 'r.dimensions');
  return `
    cell AS (
      SELECT r.req, concat_ws('|', nullif(g.scope_group, ''), y.year::text, k.kind, o.origin) AS group_key,
        g.scope_group,
        CASE WHEN y.year IS NULL THEN r.period_from ELSE greatest(r.period_from, make_date(y.year, 1, 1)) END
          AS period_from,
        CASE WHEN y.year IS NULL THEN r.period_to ELSE least(r.period_to, make_date(y.year, 12, 31)) END AS period_to,
        coalesce(k.kind, r.kind) AS kind, coalesce(o.origin, r.origin) AS origin
      FROM request r
      CROSS JOIN LATERAL (
        SELECT DISTINCT s.scope_group FROM ${scope} s WHERE s.req = r.req AND ${splitsScope}
        UNION ALL
        SELECT '' WHERE NOT (${splitsScope})
      ) g
      LEFT JOIN generate_series(extract(year FROM r.period_from)::int, extract(year FROM r.period_to)::int) AS y(year)
        ON ${by(ReportDimension.YEAR)}
      LEFT JOIN unnest(${p.add(Object.values(InterventionKind), 'text[]')}) AS k(kind)
        ON ${by(ReportDimension.KIND)} AND (r.kind IS NULL OR r.kind = k.kind)
      LEFT JOIN unnest(${p.add(Object.values(InterventionOrigin), 'text[]')}) AS o(origin)
        ON ${by(ReportDimension.ORIGIN)} AND (r.origin IS NULL OR r.origin = o.origin)
    )`;
}

/**
 * The CTEs shared by the figure statements, ending in:
 * - `cell (req, group_key, scope_group, period_from, period_to, kind, origin)`: what one figure is computed over.
 *   A request without dimensions has one cell (group_key ''); a grouped one has a cell per combination of groups,
 *   with the scope, period, kind or origin narrowed to it (cellCteSql);
 * - `group_school (req, scope_group, school_id, organiser_id, municipality_code, high_need)`: the school units of
 *   each scope group. Dimensions that split the scope give each of their groups its own units; a request without
 *   them has one scope group ('') that all its cells share, so that a figure by year or kind reads the scope once
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
        ${scopeKeySql('r.dimensions', 'u.band::text')} AS scope_group
      FROM (${areaUnitsSql(p.add(kinds, 'text[]'), p.add(codes, 'text[]'))}) u
      JOIN request r ON r.req = u.area
      WHERE (r.school_form IS NULL OR u.school_form = r.school_form)
        AND (r.organiser_type IS NULL OR u.organiser_type = r.organiser_type)
        AND ${inScopeGroupsSql('r.dimensions', 'u.band::text')}
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
