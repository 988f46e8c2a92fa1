import type { EntityManager } from 'typeorm';

/**
 * A value based on fewer pupils than this is not published (issue #5). Skolverket does the same in its
 * statistics: results for groups under 10 pupils are withheld and marked "..".
 */
export const MIN_PUPILS = 10;

/**
 * The small-number rules, applied once, here, to every stored value: `source_status` and `source_value` are the
 * figures as imported; `status` and `value` are what may be published, and are all that anything else reads
 * (School.outcomes, the equity trends, the support comparison, school_need). Derived at write time, after every
 * import and seeding, rather than in a view, because the complementary rule looks across rows (a window over a
 * school's year), which a view would recompute over the whole table for every area asked for.
 *
 * 1. Primary: a value reported for fewer than MIN_PUPILS pupils becomes SUPPRESSED with a null value. A value
 *    without a pupil count is taken as the source published it (Skolverket's files are already suppressed).
 * 2. Complementary, within one school unit, indicator and year: all = the pupil-weighted mean of girls and boys,
 *    and the published pupil counts give the weights, so when exactly one of ALL, GIRLS and BOYS is suppressed and
 *    the other two are reported, the suppressed one can be worked out (girls = (all·n_all − boys·n_boys) / n_girls).
 *    A second cell is then suppressed: the other sex when a sex is suppressed (so that ALL, the figure the
 *    aggregates use, stays), and when ALL is suppressed, the sex with fewer pupils. With two cells withheld and one
 *    published no cell follows from the others.
 *
 * `status` defaults to SUPPRESSED, so that a row written but not yet passed through here is withheld.
 */
const publishedRows = (source: string) => `
  WITH primary_rule AS (
    SELECT school_id, indicator_code, year, "group", pupil_count, source_status, source_value,
           CASE WHEN source_status = 'REPORTED' AND pupil_count < $1 THEN 'SUPPRESSED' ELSE source_status END AS status
    FROM ${source}
  ),
  triple AS (
    SELECT *,
           count(*) FILTER (WHERE status = 'SUPPRESSED') OVER cell AS suppressed,
           count(*) FILTER (WHERE status = 'REPORTED') OVER cell AS reported,
           min("group") FILTER (WHERE status = 'SUPPRESSED') OVER cell AS suppressed_group,
           first_value("group") OVER (cell ORDER BY "group" = 'ALL', pupil_count NULLS LAST, "group") AS smaller_sex
    FROM primary_rule
    WINDOW cell AS (PARTITION BY school_id, indicator_code, year)
  ),
  published AS (
    SELECT school_id, indicator_code, year, "group", pupil_count, source_status, source_value,
           CASE WHEN suppressed = 1 AND reported = 2 AND "group" = CASE suppressed_group
                  WHEN 'GIRLS' THEN 'BOYS' WHEN 'BOYS' THEN 'GIRLS' ELSE smaller_sex END
                THEN 'SUPPRESSED' ELSE status END AS status
    FROM triple
  )`;

// The filter is repeated on the updated table: without it, under row-level security, the planner joins each
// derived row to the table through the (indicator, year) index and filters the rest, which took seconds per
// thousand rows.
const publishSql = (filter: (table: string) => string) => `${publishedRows(
  `(SELECT * FROM outcome_value WHERE ${filter('outcome_value')}) AS stored`,
)}
  UPDATE outcome_value v
  SET status = p.status, value = CASE WHEN p.status = 'REPORTED' THEN p.source_value END
  FROM published p
  WHERE (v.school_id, v.indicator_code, v.year, v."group") = (p.school_id, p.indicator_code, p.year, p."group")
    AND ${filter('v')}
    AND (v.status, v.value) IS DISTINCT FROM (p.status, CASE WHEN p.status = 'REPORTED' THEN p.source_value END)`;

/**
 * Writes values as imported from a table holding the outcome_value columns school_id … pupil_count, source_status
 * and source_value (the demo seed's staging table), with the published status and value derived on the way in:
 * for a whole data set this is far cheaper than inserting and then updating every row.
 */
export async function insertPublishedOutcomeValues(manager: EntityManager, source: string): Promise<void> {
  await manager.query(
    `${publishedRows(source)}
     INSERT INTO outcome_value (school_id, indicator_code, year, "group", pupil_count, source_status, source_value,
                                status, value)
     SELECT school_id, indicator_code, year, "group", pupil_count, source_status, source_value,
            status, CASE WHEN status = 'REPORTED' THEN source_value END
     FROM published`,
    [MIN_PUPILS],
  );
}

/** Brings the published status and value up to date for the given school units' rows (all rows: null). */
export async function publishOutcomeValues(manager: EntityManager, schoolIds: readonly string[] | null) {
  // Two statements rather than one with `$2 IS NULL OR …`, which would keep an import from using the key's index.
  if (schoolIds === null)
    await manager.query(
      publishSql(() => 'true'),
      [MIN_PUPILS],
    );
  else
    await manager.query(
      publishSql((table) => `${table}.school_id = ANY($2::uuid[])`),
      [MIN_PUPILS, schoolIds],
    );
}
