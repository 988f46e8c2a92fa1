import type { ScopeSchool } from '@lagesbild/reporting';
import { InterventionKind } from '../entities/interventionEnums';
import type { MunicipalityOffice } from '@lagesbild/reporting';
import type { FigureFilterValues } from '../resolvers/inputs/figureFilter';
import { ReportDimension } from '../types/reportDimension';
import { countsInPeriodSql, furthestStepSql, namedSchoolsSql } from './figureDefinitions';
import type { Period } from './reportPeriod';

// The common start of every statement that computes coverage or follow-up figures (issue #4). The figures asked for
// in one request tick (each area's, each period and filter, maybe grouped) arrive as parallel arrays and are
// unnested in PostgreSQL, so that one statement computes all of them, however many areas a query names. The
// scopes come from the schools subgraph through @requires: this subgraph never reads its tables.

/** What a figure reads of a school unit in scope. */
export type FigureSchool = Pick<
  ScopeSchool,
  'id' | 'organiserId' | 'organiserType' | 'schoolForm' | 'municipalityCode'
>;

/** One figure asked for: an area's scope, the period and filter, and the dimension to group by, if any. */
export interface FigureRequest {
  schools: readonly FigureSchool[];
  /** The area's high-need school units, or null when the outcomes service could not say. */
  highNeedSchoolIds: readonly string[] | null;
  period: Period;
  filter: FigureFilterValues | null;
  dimension: ReportDimension | null;
  /** Needed only to group by OFFICE. */
  officeMap: readonly MunicipalityOffice[];
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
 * The group a school unit falls in under each dimension that splits the scope (the others split the period or the
 * interventions). Null for a school whose municipality the office map does not name: it is in no office's group.
 */
const SCOPE_KEY: Readonly<
  Partial<Record<ReportDimension, (school: FigureSchool, officeId: string | null) => string | null>>
> = {
  [ReportDimension.COUNTY]: (school) => school.municipalityCode.slice(0, 2),
  [ReportDimension.MUNICIPALITY]: (school) => school.municipalityCode,
  [ReportDimension.OFFICE]: (_school, officeId) => officeId,
  [ReportDimension.ORGANISER_TYPE]: (school) => school.organiserType,
  [ReportDimension.SCHOOL_FORM]: (school) => school.schoolForm,
};

/**
 * The scope rows a request sends to PostgreSQL: its school units after the filter's school form and organiser
 * type, each with whether it has high need and its group under the request's dimension. This prepares the input
 * and counts nothing. It is done here rather than joined in SQL because the planner cannot estimate conditions on
 * unnested arrays: joined there, it guessed one row and chose nested loops over thousands (seconds at scale 1).
 */
export function scopeRows(request: FigureRequest, req: number) {
  const { filter, dimension } = request;
  const highNeed = new Set(request.highNeedSchoolIds);
  const offices = new Map(request.officeMap.map((row) => [row.municipalityCode, row.officeId]));
  const keyOf = dimension ? SCOPE_KEY[dimension] : undefined;
  return request.schools
    .filter(
      (school) =>
        (!filter?.schoolForm || school.schoolForm === filter.schoolForm) &&
        (!filter?.organiserType || school.organiserType === filter.organiserType),
    )
    .map((school) => ({
      req,
      school,
      highNeed: highNeed.has(school.id),
      scopeKey: keyOf ? keyOf(school, offices.get(school.municipalityCode) ?? null) : null,
    }))
    .filter((row) => !keyOf || row.scopeKey !== null);
}

/** SQL: whether intervention `i` passes the kind and origin filter of cell `c`. */
export function interventionFilterSql(i: string, c: string): string {
  return `(${c}.kind IS NULL OR ${i}.kind = ${c}.kind) AND (${c}.origin IS NULL OR ${i}.origin = ${c}.origin)`;
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
  const schools = requests.flatMap(scopeRows);
  const splitsScope = Object.keys(SCOPE_KEY).map((dimension) => `'${dimension}'`);
  return `
    request AS (
      SELECT * FROM ${p.unnest(
        'request',
        requests.map((request, req) => ({ ...request, req })),
        {
          req: ['int', (r) => r.req],
          period_from: ['date', (r) => r.period.from],
          period_to: ['date', (r) => r.period.to],
          kind: ['text', (r) => r.filter?.kind ?? null],
          origin: ['text', (r) => r.filter?.origin ?? null],
          dimension: ['text', (r) => r.dimension],
        },
      )}
    ),
    group_school AS MATERIALIZED (
      SELECT * FROM ${p.unnest('s', schools, {
        req: ['int', (s) => s.req],
        school_id: ['uuid', (s) => s.school.id],
        organiser_id: ['uuid', (s) => s.school.organiserId],
        municipality_code: ['text', (s) => s.school.municipalityCode],
        high_need: ['bool', (s) => s.highNeed],
        scope_group: ['text', (s) => s.scopeKey ?? ''],
      })}
    ),
    cell AS (
      SELECT r.req, '' AS group_key, '' AS scope_group, r.period_from, r.period_to, r.kind, r.origin
      FROM request r WHERE r.dimension IS NULL
      UNION ALL
      SELECT DISTINCT s.req, s.scope_group, s.scope_group, r.period_from, r.period_to, r.kind, r.origin
      FROM group_school s JOIN request r USING (req) WHERE r.dimension IN (${splitsScope.join(', ')})
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
    ),
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
