// How a subgraph's rollups (issue #13) learn what a transaction changed: row or statement triggers note what each
// write touched in `rollup_pending (txid, …)`, and a deferred trigger refreshes those rows once, at commit. The
// parts that are the same in every subgraph that keeps rollups.

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
    RETURN NULL;
  END $$`;

/**
 * PL/pgSQL, the start of the deferred refresh: leaves when nothing of this transaction is pending, and otherwise
 * takes the rollups' lock, so that two writers of one municipality cannot both insert its rows (the second then
 * reads the first's commit). The trigger fires for every row written; the first firing takes what is pending, the
 * others find nothing. (Not a once-per-transaction mark: SET CONSTRAINTS … IMMEDIATE may fire it before the
 * transaction's last write.)
 */
export const TAKE_PENDING_SQL = `IF NOT EXISTS (SELECT 1 FROM rollup_pending WHERE txid = txid_current()) THEN
      RETURN NULL;
    END IF;
    PERFORM pg_advisory_xact_lock(hashtext('lagesbild.rollups'));`;
