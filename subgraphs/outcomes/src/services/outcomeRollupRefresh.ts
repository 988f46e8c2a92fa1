import { rollupNoteFunctionSql, TAKE_PENDING_SQL } from '@lagesbild/subgraph-kit';

// How the outcome rollups (issue #13) are kept: the SQL functions the migration creates. outcome_rollup holds, per
// indicator, pupil group, municipality, year and socio-economic band (0: a unit without a band), only what adds up:
// the school units with a REPORTED value, the sum and the sum of squares of those values (numeric, exact), and the
// units SUPPRESSED and MISSING. An area made of whole municipalities is the sum of its rows; means and spreads are
// computed at read time (equityTrendRollup.ts). A unit counts for an indicator of its own school form only, as in
// the live statement.
//
// The rows are brought up to date in the transaction that changes what they sum: an outcome value written (its
// unit's municipality and year), a replicated unit that moved, changed band or form (its old and new
// municipality, every year), an indicator's school form. Each change only notes what it touched (rollup_pending);
// a deferred trigger refreshes those rows once, at commit. Never a periodic full refresh.

/** The year rollup_pending notes for "every year of the municipality". */
const EVERY_YEAR = 0;

/**
 * refresh_outcome_rollups(municipalities, years): the rows of those (municipality, year) pairs, EVERY_YEAR for all
 * of a municipality's years; a municipality given with EVERY_YEAR must not also come with a year. The rows are
 * replaced, not patched: a municipality's year is a few hundred rows.
 */
const REFRESH_SQL = `
  CREATE FUNCTION refresh_outcome_rollups(municipalities text[], years int[]) RETURNS void LANGUAGE sql
  SECURITY DEFINER SET search_path = public AS $$
    DELETE FROM outcome_rollup x USING unnest(municipalities, years) AS t (municipality_code, year)
    WHERE x.municipality_code = t.municipality_code AND (t.year = ${EVERY_YEAR} OR x.year = t.year);
    INSERT INTO outcome_rollup (indicator_code, "group", county_code, municipality_code, year, band,
        reported, value_sum, value_square_sum, suppressed, missing)
    SELECT v.indicator_code, v."group", left(u.municipality_code, 2), u.municipality_code, v.year,
      coalesce(u.socio_economic_band, 0),
      count(*) FILTER (WHERE v.status = 'REPORTED'),
      coalesce(sum(v.value) FILTER (WHERE v.status = 'REPORTED'), 0),
      coalesce(sum(v.value * v.value) FILTER (WHERE v.status = 'REPORTED'), 0),
      count(*) FILTER (WHERE v.status = 'SUPPRESSED'),
      count(*) FILTER (WHERE v.status = 'MISSING')
    FROM unnest(municipalities, years) AS t (municipality_code, year)
    JOIN schools.school_unit u ON u.municipality_code = t.municipality_code
    JOIN indicator i ON i.school_form = u.school_form
    JOIN outcome_value v ON v.school_id = u.id AND v.indicator_code = i.code
      AND (t.year = ${EVERY_YEAR} OR v.year = t.year)
    GROUP BY v.indicator_code, v."group", u.municipality_code, v.year, coalesce(u.socio_economic_band, 0);
  $$`;

/**
 * refresh_rollups(): at commit, the (municipality, year) pairs this transaction noted. One refresh at a time (a
 * transaction lock, TAKE_PENDING_SQL).
 */
const REFRESH_PENDING_SQL = `
  CREATE FUNCTION refresh_rollups() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = public AS $$
  DECLARE
    municipalities text[];
    years int[];
  BEGIN
    ${TAKE_PENDING_SQL}
    WITH taken AS (
      DELETE FROM rollup_pending WHERE txid = txid_current() RETURNING municipality_code, year
    )
    SELECT array_agg(t.municipality_code), array_agg(t.year) INTO municipalities, years
    FROM taken t
    -- A municipality refreshed for every year needs none of its years besides.
    WHERE t.year = ${EVERY_YEAR} OR NOT EXISTS (
      SELECT 1 FROM taken e WHERE e.municipality_code = t.municipality_code AND e.year = ${EVERY_YEAR});
    IF municipalities IS NOT NULL THEN
      PERFORM refresh_outcome_rollups(municipalities, years);
    END IF;
    RETURN NULL;
  END $$`;

/** A trigger function that notes the (municipality, year) rows `touched` selects. */
const noteSql = (name: string, touched: string) => rollupNoteFunctionSql(name, ['municipality_code', 'year'], touched);

/** SQL: the (municipality, year) of the values in transition table `rows`, by the replica of the register. */
const valuesTouched = (rows: string) =>
  `SELECT u.municipality_code::text, r.year::int FROM ${rows} r JOIN schools.school_unit u ON u.id = r.school_id`;

const NOTE_SQL = [
  // Statement triggers over the transition tables, so that an import of ten thousand values notes a few rows.
  noteSql('note_values_inserted', valuesTouched('new_values')),
  noteSql('note_values_deleted', valuesTouched('old_values')),
  noteSql('note_values_updated', `${valuesTouched('old_values')} UNION ${valuesTouched('new_values')}`),
  noteSql(
    'note_unit_change',
    `SELECT m, ${EVERY_YEAR} FROM unnest(ARRAY[OLD.municipality_code, NEW.municipality_code]::text[]) AS m`,
  ),
  // An indicator that changes school form counts other units: every municipality.
  noteSql('note_indicator_change', `SELECT DISTINCT municipality_code::text, ${EVERY_YEAR} FROM schools.school_unit`),
];

/** Values or indicators truncated (the demo seed's clear): nothing is left to sum. */
const CLEAR_SQL = `
  CREATE FUNCTION clear_outcome_rollups() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = public AS $$
  BEGIN
    DELETE FROM outcome_rollup;
    RETURN NULL;
  END $$`;

/**
 * rebuild_rollups(): every rollup row from scratch, for the migration that creates them and for an operator who
 * wants to check that the incremental refreshes left nothing behind (the figures must not move).
 */
const REBUILD_SQL = `
  CREATE FUNCTION rebuild_rollups() RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
  BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('lagesbild.rollups'));
    DELETE FROM outcome_rollup;
    PERFORM refresh_outcome_rollups(m, ARRAY(SELECT ${EVERY_YEAR} FROM unnest(m)))
    FROM (SELECT ARRAY(SELECT DISTINCT municipality_code::text FROM schools.school_unit) AS m) all_municipalities;
  END $$`;

/** The functions, in the order they must be created. */
export const OUTCOME_ROLLUP_FUNCTIONS_SQL = [REFRESH_SQL, REFRESH_PENDING_SQL, ...NOTE_SQL, CLEAR_SQL, REBUILD_SQL];

/** The functions' signatures, for the migration's down. */
export const OUTCOME_ROLLUP_FUNCTIONS = [
  'rebuild_rollups()',
  'clear_outcome_rollups()',
  'note_indicator_change()',
  'note_unit_change()',
  'note_values_updated()',
  'note_values_deleted()',
  'note_values_inserted()',
  'refresh_rollups()',
  'refresh_outcome_rollups(text[], int[])',
];
