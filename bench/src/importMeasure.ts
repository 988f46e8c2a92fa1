import { issueDevToken } from '@lagesbild/auth';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import type { BenchPlatform } from './benchPlatform';
import { postJson } from './httpClient';

/** Rows of each import: issue #13's "an import of 10,000 outcome rows". */
export const IMPORT_ROWS = 10_000;

/** Each import file must change every one of its rows, so each writes (and refreshes) as much as the other. */
const SHIFT = 0.5;

/** The triggers through which an outcome import refreshes the rollups: the notes of what changed, and the refresh. */
const ROLLUP_TRIGGERS = ['note_values_inserted', 'note_values_deleted', 'note_values_updated', 'refresh_rollups'];

export interface ImportMeasure {
  rows: number;
  withoutRollupsMs: number;
  withRollupsMs: number;
}

/**
 * An import of 10,000 outcome rows through the gateway, as `npm run import` sends it, with the rollups refreshed in
 * its transaction, against the same import without them: the baseline is the importer as it was before the rollups,
 * which is the same code with the rollup triggers disabled. Both files revise the same 10,000 reported cells (first
 * every value lowered by 0.5 without the triggers, then raised back with them), so the data end as they began and
 * the rollups are rebuilt in between, as the disabled triggers left them behind.
 */
export async function measureOutcomeImport(platform: BenchPlatform, dataDir: string): Promise<ImportMeasure> {
  const outcomes = platform.subgraphs.find((subgraph) => subgraph.name === 'outcomes');
  if (!outcomes) throw new Error('The platform has no outcomes subgraph.');
  const token = await issueDevToken(dataDir, { role: 'admin', subject: 'bench', expiresIn: '1h' });
  const database = new Client({ connectionString: outcomes.databaseUrl });
  await database.connect();
  try {
    const values: {
      school_id: string;
      year: number;
      indicator_code: string;
      group: string;
      value: string;
      pupil_count: number;
    }[] = (
      await database.query(
        `SELECT v.school_id, v.year, v.indicator_code, v."group", v.value::text AS value, v.pupil_count
           FROM outcome_value v
           WHERE v.status = 'REPORTED' AND v.value >= 1 AND v.pupil_count >= 10
           ORDER BY v.school_id, v.indicator_code, v.year, v."group" LIMIT $1`,
        [IMPORT_ROWS],
      )
    ).rows;
    // A file names school units by their code, which only the schools database holds (the replica has the id).
    const codes = await unitCodes(platform.subgraphs.find((subgraph) => subgraph.name === 'schools')?.databaseUrl, [
      ...new Set(values.map((value) => value.school_id)),
    ]);
    const cells = values.map((value) => ({ ...value, unit_code: codes.get(value.school_id) as string }));
    if (cells.length < IMPORT_ROWS) throw new Error(`The demo data have only ${cells.length} reported cells.`);
    const file = (shift: number) =>
      [
        'unit_code;year;indicator_code;group;value;pupil_count',
        ...cells.map((cell) =>
          [
            cell.unit_code,
            cell.year,
            cell.indicator_code,
            cell.group,
            String(Math.round((Number(cell.value) + shift) * 1e6) / 1e6).replace('.', ','),
            cell.pupil_count,
          ].join(';'),
        ),
      ].join('\n');
    const triggers = (action: 'DISABLE' | 'ENABLE') =>
      database.query(
        `ALTER TABLE outcome_value ${ROLLUP_TRIGGERS.map((name) => `${action} TRIGGER ${name}`).join(', ')}`,
      );

    await triggers('DISABLE');
    let withoutRollupsMs: number;
    try {
      withoutRollupsMs = await timedImport(platform.hiveUrl, token, file(-SHIFT));
    } finally {
      await triggers('ENABLE');
    }
    await database.query('SELECT rebuild_rollups()');
    const withRollupsMs = await timedImport(platform.hiveUrl, token, file(0));
    return { rows: cells.length, withoutRollupsMs, withRollupsMs };
  } finally {
    await database.end();
  }
}

/** Unit codes by school id, from the schools database. */
async function unitCodes(databaseUrl: string | undefined, ids: string[]): Promise<Map<string, string>> {
  if (!databaseUrl) throw new Error('The platform has no schools subgraph.');
  const schools = new Client({ connectionString: databaseUrl });
  await schools.connect();
  try {
    const rows: { id: string; unit_code: string }[] = (
      await schools.query('SELECT id, unit_code FROM school WHERE id = ANY($1)', [ids])
    ).rows;
    return new Map(rows.map((row) => [row.id, row.unit_code]));
  } finally {
    await schools.end();
  }
}

/** One import through the gateway, timed; it must commit every row as updated. */
async function timedImport(gatewayUrl: string, token: string, file: string): Promise<number> {
  const body = JSON.stringify({
    query: `mutation ($file: String!) { report: importOutcomeValues(fileBase64: $file) { committed updated issues { line message } } }`,
    variables: { file: Buffer.from(file, 'utf8').toString('base64') },
  });
  const started = performance.now();
  const answer = await postJson(gatewayUrl, body, { authorization: `Bearer ${token}` });
  const elapsed = performance.now() - started;
  const result = JSON.parse(answer.body) as {
    data?: { report: { committed: boolean; updated: number; issues: { line: number; message: string }[] } };
    errors?: { message: string }[];
  };
  const report = result.data?.report;
  if (!report?.committed || report.updated !== IMPORT_ROWS) {
    throw new Error(
      `The benchmark's import did not update its ${IMPORT_ROWS} rows: ${JSON.stringify(result.errors ?? report?.issues?.slice(0, 3) ?? answer.body.slice(0, 300))}`,
    );
  }
  return elapsed;
}
