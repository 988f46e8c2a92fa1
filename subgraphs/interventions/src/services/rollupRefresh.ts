import { rollupNoteFunctionSql, TAKE_PENDING_SQL } from '@lagesbild/subgraph-kit';
import { InterventionOrigin } from '../entities/interventionEnums';
import { followUpsMovedByDaySql, refreshFollowUpRollupSql } from './followUpRollupRefresh';
import {
  COUNTING_STEP_COLUMNS,
  countsInPeriodSql,
  furthestStepSql,
  namedSchoolsSql,
  reachesSchoolSql,
} from './figureDefinitions';

// How the coverage rollups (issue #13) are kept: the SQL functions the migration creates. They hold only what adds
// up, so that a county, an office or the nation is the sum of its municipalities' rows:
// - area_municipality: the municipalities of each area (nation, county, municipality, office) that has units, with
//   the office of each: what the rollups' rows are summed over;
// - unit_rollup: the school units and high-need units per municipality, school form and organiser type;
// - coverage_rollup: per window (a calendar year, or the 12 months up to today), municipality, form and type, and
//   intervention kind and origin ('' for any), the units reached, by outreach, by request, and high-need reached.
//   A unit lies in one municipality, so the sums count each unit once;
// - organiser_presence: which organisers (huvudmän) run units of which form in which municipality. Organisers are
//   not additive (an independent organiser runs schools in many municipalities), so an area's organisers are
//   counted distinct from these rows at read time;
// - organiser_reach: per window, organiser, kind and origin, whether it was reached, how, and its furthest funnel
//   step;
// - follow_up_rollup: per window, organiser, kind, origin and office, the follow-ups by status as of the rollups'
//   day (followUpRollupRefresh.ts).
// Every rollup is brought up to date in the transaction that changes what it sums: an intervention written (its
// organiser's municipalities), a replicated register or need row (its municipality). Each change only notes what it
// touched (rollup_pending); a deferred trigger refreshes those rows once, at commit.

/** The window of the default period, "the 12 months up to today" (defaultPeriod in reportPeriod.ts). */
export const LAST_12_MONTHS_WINDOW = 'last-12-months';
/** The first calendar year the rollups hold; earlier periods are computed live. */
export const FIRST_ROLLUP_YEAR = 2000;

const byOrigin = (origin: InterventionOrigin) => `bool_or(i.origin = '${origin}')`;

/**
 * refresh_unit_rollups(municipalities): the rows of the unit, coverage and presence rollups of those
 * municipalities, from the replicas of the register and the need classification and from this subgraph's
 * interventions, for every window. The rows are replaced, not patched: a municipality's rows are few.
 */
const REFRESH_UNIT_ROLLUPS_SQL = `
  CREATE FUNCTION refresh_unit_rollups(municipalities text[]) RETURNS void LANGUAGE sql SECURITY DEFINER
  SET search_path = public AS $$
    DELETE FROM area_municipality WHERE municipality_code = ANY (municipalities);
    DELETE FROM unit_rollup WHERE municipality_code = ANY (municipalities);
    DELETE FROM coverage_rollup WHERE municipality_code = ANY (municipalities);
    DELETE FROM organiser_presence WHERE municipality_code = ANY (municipalities);
    WITH unit AS MATERIALIZED (
      SELECT u.id AS school_id, u.organiser_id, u.municipality_code, u.school_form, u.organiser_type,
        EXISTS (SELECT 1 FROM outcomes.school_need n WHERE n.school_id = u.id AND n.fifth = 1) AS high_need
      FROM schools.school_unit u WHERE u.municipality_code = ANY (municipalities)
    ),
    -- The areas areaUnitsSql (the kit's) finds units by for the live statements, by municipality.
    areas AS (
      INSERT INTO area_municipality (area_kind, area_code, municipality_code, office_id)
      SELECT a.kind, a.code, m.municipality_code, o.office_id
      FROM (SELECT DISTINCT municipality_code FROM unit) m
      LEFT JOIN offices.municipality_office o ON o.municipality_code = m.municipality_code
      CROSS JOIN LATERAL (VALUES ('nation', 'SE'), ('county', left(m.municipality_code, 2)),
        ('municipality', m.municipality_code::text), ('office', o.office_id)) AS a (kind, code)
      WHERE a.code IS NOT NULL
    ),
    units AS (
      INSERT INTO unit_rollup (municipality_code, school_form, organiser_type, schools, high_need)
      SELECT municipality_code, school_form, organiser_type, count(*), count(*) FILTER (WHERE high_need)
      FROM unit GROUP BY municipality_code, school_form, organiser_type
    ),
    presence AS (
      INSERT INTO organiser_presence (organiser_id, municipality_code, school_form, organiser_type)
      SELECT DISTINCT organiser_id, municipality_code, school_form, organiser_type FROM unit
    ),
    counting AS MATERIALIZED (
      SELECT w.window_key, i.organiser_id, i.kind, i.origin, ${namedSchoolsSql('i')} AS named
      FROM rollup_window w
      JOIN intervention i ON ${countsInPeriodSql('i', 'w.period_from', 'w.period_to')}
      WHERE i.organiser_id IN (SELECT organiser_id FROM unit)
    ),
    reach AS (
      -- Each unit's reach per kind and origin, and over any kind, any origin and both, from the same rows; the
      -- aggregates see each row's own origin, the grouped columns are '' where a grouping set leaves them out.
      SELECT c.window_key, u.school_id, coalesce(c.kind, '') AS kind, coalesce(c.origin, '') AS origin,
        bool_or(c.origin = '${InterventionOrigin.OUTREACH}') AS by_outreach,
        bool_or(c.origin = '${InterventionOrigin.REQUEST}') AS by_request
      FROM counting c
      JOIN unit u ON u.organiser_id = c.organiser_id AND ${reachesSchoolSql('c.named', 'u.school_id')}
      GROUP BY c.window_key, u.school_id, GROUPING SETS ((c.kind, c.origin), (c.kind), (c.origin), ())
    )
    INSERT INTO coverage_rollup (window_key, municipality_code, school_form, organiser_type, kind, origin,
        schools_reached, schools_by_outreach, schools_by_request, high_need_reached)
    SELECT r.window_key, u.municipality_code, u.school_form, u.organiser_type, r.kind, r.origin,
      count(*), count(*) FILTER (WHERE r.by_outreach), count(*) FILTER (WHERE r.by_request),
      count(*) FILTER (WHERE u.high_need)
    FROM reach r JOIN unit u USING (school_id)
    GROUP BY r.window_key, u.municipality_code, u.school_form, u.organiser_type, r.kind, r.origin;
  $$`;

/** refresh_organiser_rollups(organisers): those organisers' rows of organiser_reach and follow_up_rollup. */
const REFRESH_ORGANISER_ROLLUPS_SQL = `
  CREATE FUNCTION refresh_organiser_rollups(organisers uuid[]) RETURNS void LANGUAGE sql SECURITY DEFINER
  SET search_path = public AS $$
    DELETE FROM organiser_reach WHERE organiser_id = ANY (organisers);
    INSERT INTO organiser_reach (window_key, organiser_id, kind, origin, by_outreach, by_request, step)
      SELECT w.window_key, i.organiser_id, coalesce(i.kind, ''), coalesce(i.origin, ''),
        ${byOrigin(InterventionOrigin.OUTREACH)}, ${byOrigin(InterventionOrigin.REQUEST)},
        max(${furthestStepSql('i', 'w.period_to')})
      FROM rollup_window w
      JOIN intervention i ON ${countsInPeriodSql('i', 'w.period_from', 'w.period_to')}
      WHERE i.organiser_id = ANY (organisers)
      GROUP BY w.window_key, i.organiser_id, GROUPING SETS ((i.kind, i.origin), (i.kind), (i.origin), ());
    ${refreshFollowUpRollupSql('organisers')};
  $$`;

/**
 * refresh_rollups(): at commit, what this transaction noted in rollup_pending: the organisers whose interventions
 * changed, and the municipalities whose units or need changed. One refresh at a time (a transaction lock), so
 * that two writers of one municipality cannot both insert its rows; the second then reads the first's commit.
 */
const REFRESH_PENDING_SQL = `
  CREATE FUNCTION refresh_rollups() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = public AS $$
  DECLARE
    organisers uuid[];
    municipalities text[];
  BEGIN
    ${TAKE_PENDING_SQL}
    WITH taken AS (DELETE FROM rollup_pending WHERE txid = txid_current() RETURNING kind, key)
    SELECT array_agg(key::uuid) FILTER (WHERE kind = 'organiser'),
      array_agg(key) FILTER (WHERE kind = 'municipality')
    INTO organisers, municipalities FROM taken;
    IF organisers IS NOT NULL THEN
      PERFORM refresh_organiser_rollups(organisers);
      municipalities := coalesce(municipalities, '{}') || ARRAY(
        SELECT DISTINCT u.municipality_code::text FROM schools.school_unit u WHERE u.organiser_id = ANY (organisers));
    END IF;
    IF municipalities IS NOT NULL THEN
      PERFORM refresh_unit_rollups(ARRAY(SELECT DISTINCT unnest(municipalities)));
    END IF;
    RETURN NULL;
  END $$`;

/** A row trigger function that notes the (kind, key) rows `touched` selects from OLD and NEW. */
const noteSql = (name: string, touched: string) => rollupNoteFunctionSql(name, ['kind', 'key'], touched);

const NOTE_SQL = [
  noteSql(
    'note_intervention_change',
    `SELECT 'organiser', o::text FROM unnest(ARRAY[OLD.organiser_id, NEW.organiser_id]) AS o`,
  ),
  // A named school or a follow-up: a row of an intervention.
  noteSql(
    'note_intervention_row_change',
    `SELECT 'organiser', i.organiser_id::text FROM intervention i
     WHERE i.id IN (OLD.intervention_id, NEW.intervention_id)`,
  ),
  noteSql(
    'note_unit_change',
    `SELECT 'municipality', m FROM unnest(ARRAY[OLD.municipality_code, NEW.municipality_code]::text[]) AS m`,
  ),
  noteSql(
    'note_office_change',
    `SELECT 'municipality', m FROM unnest(ARRAY[OLD.municipality_code, NEW.municipality_code]::text[]) AS m`,
  ),
  noteSql(
    'note_need_change',
    `SELECT 'municipality', u.municipality_code::text FROM schools.school_unit u
     WHERE u.id IN (OLD.school_id, NEW.school_id)`,
  ),
];

/** SQL: whether date expression `day` lies in window `w` (an alias), both ends included. */
const within = (day: string, w: string) => `(${day} BETWEEN ${w}.period_from AND ${w}.period_to)`;

/** The windows as of the new day beside those of the old, by key. */
const NEXT_AND_NOW = '(pg_temp.rollup_window_next n FULL JOIN rollup_window w USING (window_key))';

/**
 * roll_rollup_windows(today): the windows as of `today`: every calendar year from FIRST_ROLLUP_YEAR to today's,
 * and the 12 months up to today. A new day moves the last window by a day, which changes the figures only of the
 * organisers with an intervention step dated on a day that left it or entered it; only theirs are refreshed.
 */
const ROLL_WINDOWS_SQL = `
  CREATE FUNCTION roll_rollup_windows(today date) RETURNS void LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = public AS $$
  DECLARE
    organisers uuid[];
    old_day date := (SELECT d.today FROM rollup_day d);
  BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('lagesbild.rollups'));
    CREATE TEMP TABLE IF NOT EXISTS rollup_window_next (LIKE rollup_window) ON COMMIT DROP;
    TRUNCATE pg_temp.rollup_window_next;
    INSERT INTO pg_temp.rollup_window_next
      SELECT 'year:' || y, make_date(y, 1, 1), make_date(y, 12, 31)
      FROM generate_series(${FIRST_ROLLUP_YEAR}, extract(year FROM today)::int) AS y
      UNION ALL SELECT '${LAST_12_MONTHS_WINDOW}', (today - interval '1 year')::date + 1, today;
    IF old_day = today AND NOT EXISTS (
      SELECT 1 FROM pg_temp.rollup_window_next n FULL JOIN rollup_window w USING (window_key)
      WHERE (n.period_from, n.period_to) IS DISTINCT FROM (w.period_from, w.period_to)
    ) THEN
      RETURN;
    END IF;
    SELECT array_agg(DISTINCT moved.organiser_id) INTO organisers FROM (
      SELECT i.organiser_id FROM intervention i
      CROSS JOIN unnest(ARRAY[${COUNTING_STEP_COLUMNS.map((c) => `i.${c}`).join(', ')}]) AS d (day)
      JOIN ${NEXT_AND_NOW}
        ON ${within('d.day', 'n')} IS DISTINCT FROM ${within('d.day', 'w')}
          OR (d.day <= n.period_to) IS DISTINCT FROM (d.day <= w.period_to)
      WHERE d.day IS NOT NULL
      UNION ${followUpsMovedByDaySql(NEXT_AND_NOW, within)}
    ) moved;
    DELETE FROM rollup_window;
    INSERT INTO rollup_window SELECT * FROM pg_temp.rollup_window_next;
    INSERT INTO rollup_day (today) VALUES (today) ON CONFLICT (id) DO UPDATE SET today = EXCLUDED.today;
    IF organisers IS NOT NULL THEN
      PERFORM refresh_organiser_rollups(organisers);
      PERFORM refresh_unit_rollups(ARRAY(
        SELECT DISTINCT u.municipality_code::text FROM schools.school_unit u WHERE u.organiser_id = ANY (organisers)));
    END IF;
  END $$`;

/**
 * rebuild_rollups(): every rollup row from scratch, for the migration that creates them and for an operator who
 * wants to check that the incremental refreshes left nothing behind (the figures must not move).
 */
const REBUILD_SQL = `
  CREATE FUNCTION rebuild_rollups() RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
  BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('lagesbild.rollups'));
    DELETE FROM organiser_reach;
    DELETE FROM area_municipality;
    DELETE FROM follow_up_rollup;
    DELETE FROM unit_rollup;
    DELETE FROM coverage_rollup;
    DELETE FROM organiser_presence;
    PERFORM refresh_organiser_rollups(ARRAY(SELECT DISTINCT organiser_id FROM intervention));
    PERFORM refresh_unit_rollups(ARRAY(SELECT DISTINCT municipality_code::text FROM schools.school_unit));
  END $$`;

/** The functions, in the order they must be created. */
export const ROLLUP_FUNCTIONS_SQL = [
  REFRESH_UNIT_ROLLUPS_SQL,
  REFRESH_ORGANISER_ROLLUPS_SQL,
  REFRESH_PENDING_SQL,
  ...NOTE_SQL,
  ROLL_WINDOWS_SQL,
  REBUILD_SQL,
];
