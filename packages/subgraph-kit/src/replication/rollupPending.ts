// How a subgraph's rollups (issue #13) learn what a transaction changed: row or statement triggers note what each
// write touched in `rollup_pending (txid, …)`, and a deferred trigger refreshes those rows once, at commit. The
// parts that are the same in every subgraph that keeps rollups.

/**
 * A transaction-local setting that a note turns on and a refresh turns off: whether anything was noted since the
 * last refresh of this transaction.
 */
const PENDING_MARK = 'lagesbild.rollups_noted';

/**
 * A trigger function that notes what a write touched, in its transaction: `touched` selects rows of `columns`
 * (rollup_pending's columns after txid); a row trigger reads OLD and NEW (either is null on insert or delete), a
 * statement trigger its transition tables. Rows with a null are left out.
 */
export const rollupNoteFunctionSql = (name: string, columns: readonly string[], touched: string) => `
  CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
  BEGIN
    INSERT INTO rollup_pending (txid, ${columns.join(', ')})
      SELECT DISTINCT txid_current(), ${columns.map((c) => `t.${c}`).join(', ')}
      FROM (${touched}) AS t (${columns.join(', ')})
      WHERE (${columns.map((c) => `t.${c}`).join(', ')}) IS NOT NULL ON CONFLICT DO NOTHING;
    PERFORM set_config('${PENDING_MARK}', 'on', true);
    RETURN NULL;
  END $$`;

/**
 * PL/pgSQL, the start of the deferred refresh: leaves when nothing was noted since this transaction's last refresh,
 * and otherwise takes the rollups' lock, so that two writers of one municipality cannot both insert its rows (the
 * second then reads the first's commit). The trigger fires for every row written; the first firing takes what is
 * pending, the others leave at the mark. Without the mark each of them would look in rollup_pending, whose rows the
 * first firing deleted but which stay visible to the index until the transaction ends: an import of 100,000 rows
 * then spent minutes at commit. The mark is turned on again by a later note, so a refresh that SET CONSTRAINTS …
 * IMMEDIATE fires before the transaction's last write is followed by another.
 */
export const TAKE_PENDING_SQL = `IF coalesce(current_setting('${PENDING_MARK}', true), '') <> 'on' THEN
      RETURN NULL;
    END IF;
    PERFORM set_config('${PENDING_MARK}', 'off', true);
    IF NOT EXISTS (SELECT 1 FROM rollup_pending WHERE txid = txid_current()) THEN
      RETURN NULL;
    END IF;
    PERFORM pg_advisory_xact_lock(hashtext('lagesbild.rollups'));`;

/**
 * The functions of `functionsSql` (CREATE FUNCTION statements) as CREATE OR REPLACE: for a migration that brings the
 * functions an earlier migration created up to the code's.
 */
export const replacingFunctions = (functionsSql: readonly string[]): string[] =>
  functionsSql.map((sql) => sql.replace(/CREATE FUNCTION/, 'CREATE OR REPLACE FUNCTION'));
