import {
  ADMIN,
  type GraphQLResponse,
  postToSubgraph,
  testAdminUrl,
  testDatabaseUrl,
  useTestPlatform,
  withDatabaseClient,
} from '@lagesbild/test-utils';

const platform = useTestPlatform();

// The batch's years are this test's alone: the demo data fill 2015 to 2025, the example file is 2026, the
// outcomes subgraph's own import tests write 2000 to 2002, and the suppression suite 2010. At demo scale 0.1 one
// year holds about 13,000 values (schools × indicators × groups), so a file large enough to take a while to write
// spans eleven years.
const BATCH_YEARS = Array.from({ length: 12 }, (_, i) => 2003 + i).filter((year) => year !== 2010);
const GROUPS = ['ALL', 'GIRLS', 'BOYS'];

const IMPORT = `mutation ($file: String!) {
  report: importOutcomeValues(fileBase64: $file) { committed rowsRead inserted updated unchanged rejected }
}`;

interface SchoolPage {
  schools: { nodes: { unitCode: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}

/** Every school unit, through the graph, as a user preparing a file would look them up. */
async function unitCodes(): Promise<string[]> {
  const codes: string[] = [];
  let after: string | null = null;
  do {
    const answer: GraphQLResponse<SchoolPage> = await platform().query<SchoolPage>(
      `query ($after: String) { schools(first: 500, after: $after) { nodes { unitCode } pageInfo { hasNextPage endCursor } } }`,
      { after },
    );
    codes.push(...answer.data!.schools.nodes.map((school) => school.unitCode));
    after = answer.data!.schools.pageInfo.hasNextPage ? answer.data!.schools.pageInfo.endCursor : null;
  } while (after);
  return codes;
}

/** A valid outcomes file: every school, indicator and group in each of the batch's years. */
async function largeFile(): Promise<{ base64: string; rows: number }> {
  const indicators = await platform().query<{ indicators: { nodes: { code: string }[] } }>(
    `{ indicators { nodes { code } } }`,
  );
  const schools = await unitCodes();
  const lines = ['unit_code;year;indicator_code;group;value;pupil_count'];
  for (const year of BATCH_YEARS) {
    for (const unitCode of schools) {
      for (const { code } of indicators.data!.indicators.nodes) {
        for (const group of GROUPS) {
          // 0 to 99,9 with a decimal comma: within every indicator's range.
          const value = String(((lines.length * 7919) % 1000) / 10).replace('.', ',');
          lines.push([unitCode, year, code, group, value, 10 + (lines.length % 90)].join(';'));
        }
      }
    }
  }
  return { base64: Buffer.from(lines.join('\n')).toString('base64'), rows: lines.length - 1 };
}

const batchRows = () =>
  withDatabaseClient(testDatabaseUrl('outcomes'), async (client) => {
    const result = await client.query('SELECT count(*)::int AS count FROM outcome_value WHERE year = ANY($1)', [
      BATCH_YEARS,
    ]);
    return result.rows[0].count as number;
  });

let file: { base64: string; rows: number };
beforeAll(async () => {
  file = await largeFile();
}, 60_000);

test('the large file imports whole when nothing stops it (and how long that takes)', async () => {
  expect(file.rows).toBeGreaterThanOrEqual(130_000);
  expect(await batchRows()).toBe(0);
  // Straight to the outcomes subgraph: this test is about the import, not the gateway's limits (a subgraph call of a
  // mutation may take 10 minutes; packages/platform/src/subgraphTimeouts.ts).
  const outcomesUrl = platform().subgraphs.find((subgraph) => subgraph.name === 'outcomes')!.url;
  const started = Date.now();
  const answer = await postToSubgraph<{ report: { committed: boolean; inserted: number } }>(
    outcomesUrl,
    IMPORT,
    { file: file.base64 },
    ADMIN,
  );
  const seconds = (Date.now() - started) / 1000;
  expect(answer.errors).toBeUndefined();
  expect(answer.data!.report).toMatchObject({ committed: true, inserted: file.rows });
  console.log(`Imported ${file.rows} outcome values in ${seconds.toFixed(1)} s.`);
  // Back to no rows of the batch, for the killed import below.
  // High need is derived from the outcome values, so its view is refreshed as an import would.
  await withDatabaseClient(testDatabaseUrl('outcomes'), async (client) => {
    await client.query('DELETE FROM outcome_value WHERE year = ANY($1)', [BATCH_YEARS]);
    // The product's own refresh, which also publishes the need to the interventions subgraph's replica.
    await client.query('SELECT refresh_school_need()');
  });
  expect(await batchRows()).toBe(0);
}, 120_000);

test('a killed import (SIGKILL midway) leaves no partial batch', async () => {
  expect(await batchRows()).toBe(0);
  const database = new URL(testDatabaseUrl('outcomes')).pathname.slice(1);
  const outcomes = platform().services.get('outcomes')!;

  // Through the gateway, as `npm run import` sends it.
  let ended: GraphQLResponse<{ report: unknown }> | undefined;
  const importing = platform()
    .queryAs<{ report: unknown }>(ADMIN, IMPORT, { file: file.base64 })
    .then((answer) => (ended = answer));

  await withDatabaseClient(testAdminUrl(), async (admin) => {
    // The import writes in chunks of 10,000 rows, one statement each, in one transaction. Its transaction gets an
    // id when it writes its first row; a statement started after that is the next chunk, so the kill comes once at
    // least one whole chunk is in the transaction and the next is being written.
    const startsWhileWriting = new Set<string>();
    let writer: number | undefined;
    const deadline = Date.now() + 60_000;
    while (startsWhileWriting.size < 2) {
      if (ended?.errors) throw new Error(`The import failed before it was killed: ${ended.errors[0].message}`);
      if (ended) {
        throw new Error(
          'The import finished before it could be killed while writing its second chunk: the file must be larger.',
        );
      }
      if (Date.now() > deadline) throw new Error('No INSERT INTO outcome_value was seen writing within 60 s.');
      const active = await admin.query(
        `SELECT pid, query_start::text AS started FROM pg_stat_activity
         WHERE datname = $1 AND state = 'active' AND backend_xid IS NOT NULL AND pid <> pg_backend_pid()
           AND query LIKE '%INSERT INTO outcome_value%'`,
        [database],
      );
      for (const row of active.rows) {
        writer = row.pid;
        startsWhileWriting.add(row.started);
      }
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    outcomes.child.kill('SIGKILL');
    await outcomes.exited;

    const answer = await importing;
    expect(answer.data?.report ?? null).toBeNull();
    expect(answer.errors?.length).toBeGreaterThan(0);

    // PostgreSQL ends the session (and rolls its transaction back) when it notices the client is gone; wait for
    // that, so that the count below is what any later reader will see.
    const gone = Date.now() + 60_000;
    while ((await admin.query('SELECT 1 FROM pg_stat_activity WHERE pid = $1', [writer])).rowCount) {
      if (Date.now() > gone) throw new Error(`The killed import's session ${writer} was still open after 60 s.`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  });
  expect(await batchRows()).toBe(0);
}, 120_000);
