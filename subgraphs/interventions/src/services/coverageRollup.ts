import { ReportDimension } from '../types/reportDimension';
import {
  cellCteSql,
  inScopeGroupsSql,
  requestCteSql,
  scopeKeySql,
  SqlParameters,
  type FigureRequest,
} from './figureCells';
import { FUNNEL_STEP_NUMBER } from './figureDefinitions';
import { FIRST_ROLLUP_YEAR } from './rollupRefresh';
import { defaultPeriod, type Period } from './reportPeriod';

// Coverage from the rollups (issue #13), for the shapes they cover; the rest is computed live (coverage.service.ts).
// The rollups hold sums per municipality, so any area made of whole municipalities is the sum of its rows, and
// every dimension the rollups keep (county, municipality, office, organiser type, school form, kind, origin), and
// any combination of them, is a GROUP BY over them. The statement answers each request with the same rows as the live one, plus whether its windows were
// all there: a request whose period is not one the rollups hold as of now is then computed live after all.

/** Whether `period` is whole calendar years. */
function wholeYears(period: Period): boolean {
  return period.from.endsWith('-01-01') && period.to.endsWith('-12-31');
}

/**
 * Whether the rollups can answer a coverage or follow-up request: an area made of whole municipalities (not an
 * organiser's), no grouping by socio-economic band (the rollups keep none), and a period the rollups keep: the
 * default one (the 12 months up to today), or whole calendar years from FIRST_ROLLUP_YEAR to this one (one year, or
 * several grouped by year). A figure over several years ungrouped counts a school reached in two of them once,
 * which no sum of years gives: live.
 */
export function rollupCovers(request: FigureRequest, today: string): boolean {
  if (request.area.kind === 'organiser') return false;
  if (request.dimensions.includes(ReportDimension.SOCIO_ECONOMIC_BAND)) return false;
  const byYear = request.dimensions.includes(ReportDimension.YEAR);
  const { period } = request;
  const fallback = defaultPeriod(today);
  if (period.from === fallback.from && period.to === fallback.to) return !byYear;
  if (!wholeYears(period)) return false;
  const [first, last] = [Number(period.from.slice(0, 4)), Number(period.to.slice(0, 4))];
  if (first < FIRST_ROLLUP_YEAR || last > Number(today.slice(0, 4))) return false;
  return first === last || byYear;
}

/**
 * SQL: the rows of a rollup `table` that lie in each request's area after its filter, with their scope group. The
 * area's municipalities come from area_municipality by equality, so that the planner knows how many rows follow.
 */
function scopeRowsSql(table: string, columns: string): string {
  return `SELECT r.req, ${columns}, ${scopeKeySql('r.dimensions')} AS scope_group
      FROM request r
      JOIN area_municipality a ON a.area_kind = r.area_kind AND a.area_code = r.area_code
      -- Each rollup row with the office of its municipality, which the area's row carries.
      CROSS JOIN LATERAL (SELECT t.*, a.office_id FROM ${table} t WHERE t.municipality_code = a.municipality_code) u
      WHERE (r.school_form IS NULL OR u.school_form = r.school_form)
        AND (r.organiser_type IS NULL OR u.organiser_type = r.organiser_type)
        AND ${inScopeGroupsSql('r.dimensions')}`;
}

/** SQL: the cells (CTE `cell`), each with the rollups' window of its period; null when they hold none. */
export const cellWindowSql = () => `SELECT c.*, w.window_key FROM cell c
      LEFT JOIN rollup_window w ON w.period_from = c.period_from AND w.period_to = c.period_to`;

/** SQL: the organisers (huvudmän) running units in each request's area after its filter, by scope group. */
export const organiserScopeSql = () =>
  `SELECT DISTINCT req, organiser_id, scope_group FROM (${scopeRowsSql('organiser_presence', 'u.organiser_id')}) o`;

/** The rollups' rows for a cell: its window, kind and origin ('' for any). */
const CELL_ROWS = (x: string) =>
  `${x}.window_key = c.window_key AND ${x}.kind = coalesce(c.kind, '') AND ${x}.origin = coalesce(c.origin, '')`;

/**
 * One statement for every request: rows `(req, group_key, period_from, period_to, covered, <the live statement's
 * figure columns>)`, ordered like the live statement's.
 */
export function coverageRollupSql(p: SqlParameters, requests: readonly FigureRequest[]): string {
  const atStep = (step: number) => `count(*) FILTER (WHERE x.step >= ${step})::int`;
  return `WITH ${requestCteSql(p, requests)},
    scope AS MATERIALIZED (
      ${scopeRowsSql('unit_rollup', 'u.municipality_code, u.school_form, u.organiser_type, u.schools, u.high_need')}
    ),
    ${cellCteSql(p, 'scope')},
    cell_window AS (${cellWindowSql()}),
    school_figures AS (
      SELECT c.req, c.group_key, sum(s.schools)::int AS schools, sum(s.high_need)::int AS high_need
      FROM cell c JOIN scope s USING (req, scope_group) GROUP BY c.req, c.group_key
    ),
    reach_figures AS (
      SELECT c.req, c.group_key, sum(x.schools_reached)::int AS schools_reached,
        sum(x.schools_by_outreach)::int AS schools_by_outreach, sum(x.schools_by_request)::int AS schools_by_request,
        sum(x.high_need_reached)::int AS high_need_reached
      FROM cell_window c
      JOIN scope s USING (req, scope_group)
      JOIN coverage_rollup x ON ${CELL_ROWS('x')} AND x.municipality_code = s.municipality_code
        AND x.school_form = s.school_form AND x.organiser_type = s.organiser_type
      GROUP BY c.req, c.group_key
    ),
    organiser_scope AS MATERIALIZED (${organiserScopeSql()}),
    organiser_figures AS (
      SELECT c.req, c.group_key, count(*)::int AS organisers, count(x.organiser_id)::int AS organisers_reached,
        count(*) FILTER (WHERE x.by_outreach)::int AS organisers_by_outreach,
        count(*) FILTER (WHERE x.by_request)::int AS organisers_by_request,
        ${atStep(FUNNEL_STEP_NUMBER.offered)} AS offered,
        ${atStep(FUNNEL_STEP_NUMBER.accepted)} AS accepted,
        ${atStep(FUNNEL_STEP_NUMBER.started)} AS started,
        ${atStep(FUNNEL_STEP_NUMBER.followedUp)} AS followed_up
      FROM cell_window c
      JOIN organiser_scope o USING (req, scope_group)
      LEFT JOIN organiser_reach x ON ${CELL_ROWS('x')} AND x.organiser_id = o.organiser_id
      GROUP BY c.req, c.group_key
    )
    SELECT c.req, c.group_key, c.period_from::text AS period_from, c.period_to::text AS period_to,
      bool_and(c.window_key IS NOT NULL) OVER (PARTITION BY c.req) AS covered,
      s.schools, coalesce(r.schools_reached, 0) AS schools_reached,
      coalesce(r.schools_by_outreach, 0) AS schools_by_outreach,
      coalesce(r.schools_by_request, 0) AS schools_by_request,
      s.high_need, coalesce(r.high_need_reached, 0) AS high_need_reached,
      o.organisers, o.organisers_reached, o.organisers_by_outreach, o.organisers_by_request,
      o.offered, o.accepted, o.started, o.followed_up
    FROM cell_window c
    LEFT JOIN school_figures s USING (req, group_key)
    LEFT JOIN reach_figures r USING (req, group_key)
    LEFT JOIN organiser_figures o USING (req, group_key)
    ORDER BY c.req, c.group_key`;
}
