import { freePort } from '@lagesbild/launcher';
import { startSubgraph, type RunningSubgraph } from '@lagesbild/subgraph-kit';
import { createEmptyDatabase, TEST_DEMO_SCALE } from '@lagesbild/test-utils';
import type { ClientBase } from 'pg';
import { outcomesSubgraph } from '../subgraph';

// For tests on a small constructed case: the outcomes subgraph over a database of its own, seeded with the demo
// data for the indicator catalogue, whose replicas and values the test then writes directly, as logical
// replication and an import would.

export interface ConstructedOutcomes {
  database: Awaited<ReturnType<typeof createEmptyDatabase>>;
  subgraph: RunningSubgraph;
}

export async function startOnOwnDatabase(prefix: string): Promise<ConstructedOutcomes> {
  const database = await createEmptyDatabase(prefix);
  const subgraph = await startSubgraph(outcomesSubgraph, {
    ...process.env,
    OUTCOMES_DATABASE_URL: database.url,
    OUTCOMES_RUNTIME_DATABASE_URL: database.runtimeUrl,
    PORT: String(await freePort()),
    SEED_DEMO_DATA: 'true',
    DEMO_SCALE: String(TEST_DEMO_SCALE),
  });
  return { database, subgraph };
}

/** A value as a source file writes it: a number, ".." (suppressed) or "." (missing). */
export interface ConstructedValue {
  id: string;
  indicator: string;
  year: number;
  value: string;
  /** Pupils behind the value: 10 or more, so that the small-number rules leave it as it is; none for ".". */
  pupils: number | null;
}

/** Writes values of group ALL as imported and as published at once. */
export async function insertValues(client: ClientBase, rows: readonly ConstructedValue[]): Promise<void> {
  await client.query(
    `INSERT INTO outcome_value (school_id, indicator_code, year, "group", source_status, source_value, status, value,
                                pupil_count)
     SELECT id, indicator, year, 'ALL', status, number, status, number, pupils
     FROM unnest($1::uuid[], $2::text[], $3::int[], $4::text[], $5::int[]) AS row (id, indicator, year, value, pupils),
          LATERAL (SELECT CASE value WHEN '..' THEN 'SUPPRESSED' WHEN '.' THEN 'MISSING' ELSE 'REPORTED' END AS status,
                          CASE WHEN value IN ('..', '.') THEN NULL ELSE value::numeric END AS number) AS figure`,
    [
      rows.map((row) => row.id),
      rows.map((row) => row.indicator),
      rows.map((row) => row.year),
      rows.map((row) => row.value),
      rows.map((row) => row.pupils),
    ],
  );
}
