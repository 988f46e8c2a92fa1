import { readDataVersions, type DataVersions } from '@lagesbild/subgraph-kit';
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { InterventionOrigin } from '../entities/interventionEnums';
import type { Coverage } from '../types/coverage';
import { byRequest, figureCellsSql, SqlParameters, type FigureRequest } from './figureCells';
import { coverageRollupSql } from './coverageRollup';
import { fromRollupsOrLive } from './rollupOrLive';
import { FUNNEL_STEP_NUMBER } from './figureDefinitions';

// Regional coverage and the work list (issue #4): one statement per request tick for each, over every area, period
// and group asked for in it.

/** One cell's coverage: a figure's, or one group's of a grouped figure. */
export interface CoverageCell {
  groupKey: string;
  coverage: Coverage;
}

type FigureColumn =
  | 'schools'
  | 'schools_reached'
  | 'schools_by_outreach'
  | 'schools_by_request'
  | 'high_need'
  | 'high_need_reached'
  | 'organisers'
  | 'organisers_reached'
  | 'organisers_by_outreach'
  | 'organisers_by_request'
  | 'offered'
  | 'accepted'
  | 'started'
  | 'followed_up';

/** A cell's figures; null where the cell has no school units in scope, so nothing to count. */
type CoverageRow = {
  req: number;
  group_key: string;
  period_from: string;
  period_to: string;
  /** From the rollup statement: whether the rollups held every window the request's cells need. */
  covered?: boolean;
} & Record<FigureColumn, number | null>;

const byOrigin = (origin: string) => `bool_or(origin = '${origin}')`;

/**
 * The school units reached in each cell, one row per school with how it was reached. An intervention reaches the
 * school units of its organiser that it names, or all of them when it names none (the rule of reachesSchoolSql).
 * The interventions are first folded per cell and organiser (naming none) or per cell and named unit, and only then
 * joined to the scope: joined one by one, every organiser-wide intervention of a large municipality repeated its
 * hundreds of schools, millions of rows at scale 10 for six years.
 */
const REACH_CTE = `
    organiser_wide AS (
      SELECT req, group_key, scope_group, organiser_id,
        ${byOrigin(InterventionOrigin.OUTREACH)} AS by_outreach, ${byOrigin(InterventionOrigin.REQUEST)} AS by_request
      FROM counting WHERE cardinality(named) = 0
      GROUP BY req, group_key, scope_group, organiser_id
    ),
    named_unit AS (
      SELECT req, group_key, scope_group, organiser_id, school_id,
        ${byOrigin(InterventionOrigin.OUTREACH)} AS by_outreach, ${byOrigin(InterventionOrigin.REQUEST)} AS by_request
      FROM counting CROSS JOIN unnest(named) AS n(school_id)
      GROUP BY req, group_key, scope_group, organiser_id, school_id
    ),
    reached AS (
      SELECT w.req, w.group_key, s.school_id, s.high_need, w.by_outreach, w.by_request
      FROM organiser_wide w
      JOIN group_school s ON s.req = w.req AND s.scope_group = w.scope_group AND s.organiser_id = w.organiser_id
      UNION ALL
      SELECT n.req, n.group_key, s.school_id, s.high_need, n.by_outreach, n.by_request
      FROM named_unit n
      JOIN group_school s ON s.req = n.req AND s.scope_group = n.scope_group AND s.school_id = n.school_id
        AND s.organiser_id = n.organiser_id
    ),
    reach AS (
      SELECT req, group_key, school_id, high_need, bool_or(by_outreach) AS by_outreach, bool_or(by_request) AS by_request
      FROM reached GROUP BY req, group_key, school_id, high_need
    )`;

/** The live statement: coverage from the replicas and the interventions themselves, for any request. */
export function coverageSql(p: SqlParameters, requests: readonly FigureRequest[]): string {
  const atStep = (step: number) => `count(*) FILTER (WHERE r.step >= ${step})::int`;
  return `WITH ${figureCellsSql(p, requests)}, ${REACH_CTE},
    -- What a cell holds is its scope group's; what was reached in it is its own.
    group_figures AS (
      SELECT req, scope_group, count(*)::int AS schools, count(*) FILTER (WHERE high_need)::int AS high_need
      FROM group_school GROUP BY req, scope_group
    ),
    group_organisers AS (
      SELECT req, scope_group, count(*)::int AS organisers FROM group_organiser GROUP BY req, scope_group
    ),
    reach_figures AS (
      SELECT req, group_key, count(*)::int AS schools_reached,
        count(*) FILTER (WHERE by_outreach)::int AS schools_by_outreach,
        count(*) FILTER (WHERE by_request)::int AS schools_by_request,
        count(*) FILTER (WHERE high_need)::int AS high_need_reached
      FROM reach GROUP BY req, group_key
    ),
    school_figures AS (
      SELECT c.req, c.group_key, g.schools, g.high_need,
        coalesce(r.schools_reached, 0) AS schools_reached, coalesce(r.schools_by_outreach, 0) AS schools_by_outreach,
        coalesce(r.schools_by_request, 0) AS schools_by_request, coalesce(r.high_need_reached, 0) AS high_need_reached
      FROM cell c
      JOIN group_figures g USING (req, scope_group)
      LEFT JOIN reach_figures r USING (req, group_key)
    ),
    organiser_reach AS (
      SELECT req, group_key, organiser_id, max(step) AS step,
        bool_or(origin = '${InterventionOrigin.OUTREACH}') AS by_outreach,
        bool_or(origin = '${InterventionOrigin.REQUEST}') AS by_request
      FROM counting GROUP BY req, group_key, organiser_id
    ),
    organiser_reach_figures AS (
      SELECT req, group_key, count(*)::int AS organisers_reached,
        count(*) FILTER (WHERE by_outreach)::int AS organisers_by_outreach,
        count(*) FILTER (WHERE by_request)::int AS organisers_by_request,
        ${atStep(FUNNEL_STEP_NUMBER.offered)} AS offered,
        ${atStep(FUNNEL_STEP_NUMBER.accepted)} AS accepted,
        ${atStep(FUNNEL_STEP_NUMBER.started)} AS started,
        ${atStep(FUNNEL_STEP_NUMBER.followedUp)} AS followed_up
      FROM organiser_reach r GROUP BY req, group_key
    ),
    organiser_figures AS (
      SELECT c.req, c.group_key, g.organisers,
        coalesce(r.organisers_reached, 0) AS organisers_reached,
        coalesce(r.organisers_by_outreach, 0) AS organisers_by_outreach,
        coalesce(r.organisers_by_request, 0) AS organisers_by_request,
        coalesce(r.offered, 0) AS offered, coalesce(r.accepted, 0) AS accepted,
        coalesce(r.started, 0) AS started, coalesce(r.followed_up, 0) AS followed_up
      FROM cell c
      JOIN group_organisers g USING (req, scope_group)
      LEFT JOIN organiser_reach_figures r USING (req, group_key)
    )
    SELECT c.req, c.group_key, c.period_from::text AS period_from, c.period_to::text AS period_to,
      s.schools, s.schools_reached, s.schools_by_outreach, s.schools_by_request, s.high_need, s.high_need_reached,
      o.organisers, o.organisers_reached, o.organisers_by_outreach, o.organisers_by_request,
      o.offered, o.accepted, o.started, o.followed_up
    FROM cell c
    LEFT JOIN school_figures s USING (req, group_key)
    LEFT JOIN organiser_figures o USING (req, group_key)
    ORDER BY c.req, c.group_key`;
}

/** A cell's row as the GraphQL type: zeros where it has nothing to count. */
function toCoverage(row: CoverageRow, dataVersions: DataVersions): Coverage {
  const n = (value: number | null) => value ?? 0;
  return {
    period: { from: row.period_from, to: row.period_to },
    dataVersions,
    organisers: n(row.organisers),
    organisersReached: n(row.organisers_reached),
    organisersReachedByOutreach: n(row.organisers_by_outreach),
    organisersReachedByRequest: n(row.organisers_by_request),
    schools: n(row.schools),
    schoolsReached: n(row.schools_reached),
    schoolsReachedByOutreach: n(row.schools_by_outreach),
    schoolsReachedByRequest: n(row.schools_by_request),
    highNeedSchools: n(row.high_need),
    highNeedSchoolsReached: n(row.high_need_reached),
    funnel: {
      organisers: n(row.organisers),
      contacted: n(row.organisers_reached),
      offered: n(row.offered),
      accepted: n(row.accepted),
      started: n(row.started),
      followedUp: n(row.followed_up),
    },
  };
}

/** Per request: the coverage of each of its cells, ordered by group key; from the rollups where they hold it. */
export function createCoverageLoader(dataSource: DataSource, today: string) {
  // No cache: keys are new objects with every field, and one request rarely asks the same figure twice.
  return new DataLoader<FigureRequest, CoverageCell[]>(
    async (requests) => {
      const dataVersions = await readDataVersions(dataSource);
      const cells = await fromRollupsOrLive<CoverageRow>(dataSource, requests, today, {
        rollups: coverageRollupSql,
        live: coverageSql,
      });
      return cells.map((rows) =>
        rows.map((row) => ({ groupKey: row.group_key, coverage: toCoverage(row, dataVersions) })),
      );
    },
    { cache: false },
  );
}

/**
 * Per request: the work list, the high-need school units in scope that no intervention counting in the period
 * reached, by municipality and id.
 */
export function createWorkListLoader(dataSource: DataSource) {
  return new DataLoader<FigureRequest, string[]>(
    async (requests) => {
      const p = new SqlParameters();
      const rows: { req: number; school_id: string }[] = await dataSource.query(
        `WITH ${figureCellsSql(p, requests)}, ${REACH_CTE}
        SELECT s.req, s.school_id
        FROM cell c
        JOIN group_school s USING (req, scope_group)
        LEFT JOIN reach r ON r.req = c.req AND r.group_key = c.group_key AND r.school_id = s.school_id
        WHERE s.high_need AND r.school_id IS NULL
        ORDER BY s.req, s.municipality_code, s.school_id`,
        p.values,
      );
      return byRequest(rows, requests.length).map((schools) => schools.map((row) => row.school_id));
    },
    { cache: false },
  );
}
