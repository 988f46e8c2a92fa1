import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';

/** The first and last year of results held for an indicator; both null when it has none. */
export interface ResultYears {
  first: number | null;
  last: number | null;
}

/**
 * Each indicator's first and last year in the outcome rollups, which hold a row for every year any unit has a value
 * of it (reported, suppressed or missing). Two probes of outcome_rollup_year_idx per indicator (PostgreSQL answers
 * min and max over an index from its ends), under the same row-level security as the figures, so a regional
 * manager's years are those of their own counties.
 */
const RESULT_YEARS_SQL = `
  SELECT code,
         (SELECT min(year) FROM outcome_rollup WHERE indicator_code = code)::int AS first,
         (SELECT max(year) FROM outcome_rollup WHERE indicator_code = code)::int AS last
  FROM unnest($1::text[]) AS code`;

/** The years held for the indicators asked about in one request tick, in one statement. */
export function createResultYearsLoader(dataSource: DataSource) {
  return new DataLoader<string, ResultYears>(async (codes) => {
    const rows: { code: string; first: number | null; last: number | null }[] = await dataSource.query(
      RESULT_YEARS_SQL,
      [codes],
    );
    const byCode = new Map(rows.map((row) => [row.code, { first: row.first, last: row.last }]));
    return codes.map((code) => byCode.get(code) ?? { first: null, last: null });
  });
}
