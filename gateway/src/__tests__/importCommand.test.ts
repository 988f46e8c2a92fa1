import { freePort } from '@lagesbild/launcher';
import { repoRoot } from '@lagesbild/platform';
import { DATA_DIR_VAR, queryTestDatabase, useTestPlatform } from '@lagesbild/test-utils';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const platform = useTestPlatform();

let tempDir: string;
beforeAll(() => {
  tempDir = mkdtempSync(path.join(os.tmpdir(), 'lagesbild-import-'));
});
afterAll(() => rmSync(tempDir, { recursive: true, force: true }));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `npm run import -- …` as a user types it, minus npm: the built command, from the repository root. */
function importCommand(args: string[], url = `${platform().gatewayUrl}/graphql`): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [path.join(repoRoot, 'packages/launcher/dist/importCommand.js'), ...args],
      // The command signs in as the demo admin with the dev issuer the test platform trusts.
      {
        cwd: repoRoot,
        env: { ...process.env, LAGESBILD_URL: url, LAGESBILD_DATA_DIR: process.env[DATA_DIR_VAR] },
        timeout: 60_000,
      },
      (error, stdout, stderr) =>
        resolve({ code: error ? ((error as { code?: number }).code ?? null) : 0, stdout, stderr }),
    );
  });
}

/** The counts of the "Written: …" line. */
function written(stdout: string): { new: number; updated: number; unchanged: number } {
  const match = /Written: (\d+) new, (\d+) updated, (\d+) unchanged\./.exec(stdout);
  if (!match) throw new Error(`No "Written:" line in:\n${stdout}`);
  return { new: Number(match[1]), updated: Number(match[2]), unchanged: Number(match[3]) };
}

const EXAMPLES = [
  ['organisers', 'examples/import/organisers.csv', 3],
  ['schools', 'examples/import/schools.csv', 4],
  ['outcomes', 'examples/import/outcomes.csv', 11],
] as const;

test('the shipped examples import in order, and a second run changes nothing', async () => {
  for (const [kind, file, rows] of EXAMPLES) {
    const first = await importCommand([kind, file]);
    expect({ kind, ...first }).toMatchObject({ kind, code: 0, stderr: '' });
    expect(first.stdout).toContain(`${file}: ${rows} rows read.`);
    // Another test file may have imported (or changed) the same examples in this run's databases.
    const counts = written(first.stdout);
    expect(counts.new + counts.updated + counts.unchanged).toBe(rows);
  }
  for (const [kind, file, rows] of EXAMPLES) {
    const again = await importCommand([kind, file]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain(`Written: 0 new, 0 updated, ${rows} unchanged.`);
  }
});

// Line 2 is the example's first row as shipped; lines 3 and 4 are wrong.
const BAD_FILE = [
  'unit_code;year;indicator_code;group;value;pupil_count',
  '47744647;2026;MERIT_VALUE_17;samtliga;231,5;48',
  '47744647;2026;MERIT_VALUE_17;flickor;512;25',
  '47744647;1999;MERIT_VALUE_17;pojkar;214,8;23',
].join('\n');

test('a file with bad rows writes nothing, exits 1 and prints each line, column and reason', async () => {
  const file = path.join(tempDir, 'bad-outcomes.csv');
  writeFileSync(file, BAD_FILE);
  const run = await importCommand(['outcomes', file]);
  expect(run.code).toBe(1);
  expect(run.stdout).toContain('Nothing was written: 2 rows have problems.');
  expect(run.stdout).toContain(
    'line 3, column value ("512"): value must lie between 0 and 340 for MERIT_VALUE_17, not 512. [INVALID_VALUE]',
  );
  expect(run.stdout).toContain(
    `line 4, column year ("1999"): year must be between 2000 and ${new Date().getFullYear()} [INVALID_VALUE]`,
  );
});

test('with --skip-invalid the good rows are written, it exits 3, and the rejects file holds the bad lines and why', async () => {
  const file = path.join(tempDir, 'bad-outcomes.csv');
  const rejects = path.join(tempDir, 'rejected.csv');
  writeFileSync(file, BAD_FILE);
  const run = await importCommand(['outcomes', file, '--skip-invalid', '--rejects', rejects]);
  expect(run.code).toBe(3);
  expect(run.stdout).toContain('Written: 0 new, 0 updated, 1 unchanged.');
  expect(run.stdout).toContain('Rejected: 2 rows with problems (not written).');
  expect(run.stdout).toContain(`The rejected rows and their reasons are in ${rejects}.`);
  expect(readFileSync(rejects, 'utf8')).toBe(
    [
      'line,problems,row',
      '3,"value must lie between 0 and 340 for MERIT_VALUE_17, not 512.",47744647;2026;MERIT_VALUE_17;flickor;512;25',
      `4,year must be between 2000 and ${new Date().getFullYear()},"47744647;1999;MERIT_VALUE_17;pojkar;214,8;23"`,
      '',
    ].join('\n'),
  );
});

test('an unknown kind exits 2 with the usage', async () => {
  const run = await importCommand(['pupils', 'examples/import/schools.csv']);
  expect(run.code).toBe(2);
  expect(run.stderr).toContain('Unknown kind "pupils".');
  expect(run.stderr).toMatch(/Usage: npm run import -- <kind> <file\.csv>/);
  expect(run.stderr).toContain('kind: organisers, schools, interventions, follow-ups, outcomes');
});

test('a platform that is not running exits 4 with a sentence saying to start it', async () => {
  const url = `http://127.0.0.1:${await freePort()}/graphql`;
  const run = await importCommand(['outcomes', 'examples/import/outcomes.csv'], url);
  expect(run.code).toBe(4);
  expect(run.stderr).toContain(
    `Could not reach Lägesbild at ${url}. Start it with \`npm start\`, or set LAGESBILD_URL.`,
  );
});

test('a row that passes every check but a table constraint refuses writes nothing, exits 1 and names its line', async () => {
  // A rule the importer's checks do not know stands in for a check we failed to write. It refuses one key only,
  // which no other test file writes (the example school's absence by sex in the example file's year; absence is no
  // need indicator), so that other test files importing meanwhile are not refused.
  const outcomes = (sql: string) => queryTestDatabase('outcomes', sql);
  const [{ id: school }] = await queryTestDatabase<{ id: string }>(
    'schools',
    `SELECT id FROM school WHERE unit_code = '47744647'`,
  );
  const file = path.join(tempDir, 'refused-outcomes.csv');
  writeFileSync(
    file,
    [
      'unit_code;year;indicator_code;group;value;pupil_count',
      '47744647;2026;ABSENCE_OVER_15;flickor;12,5;25',
      '47744647;2026;ABSENCE_OVER_15;pojkar;14;23',
    ].join('\n'),
  );
  await outcomes(`ALTER TABLE outcome_value ADD CONSTRAINT outcome_value_refuses_absence_of_boys
                  CHECK (NOT (school_id = '${school}' AND year = 2026 AND indicator_code = 'ABSENCE_OVER_15'
                              AND "group" = 'BOYS')) NOT VALID`);
  try {
    const run = await importCommand(['outcomes', file]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('Nothing was written: 1 rows have problems.');
    expect(run.stdout).toMatch(
      /line 3: The stored data cannot take this row\. .*nothing was imported.*outcome_value_refuses_absence_of_boys\. \[REFUSED_BY_DATABASE\]/,
    );
  } finally {
    await outcomes('ALTER TABLE outcome_value DROP CONSTRAINT outcome_value_refuses_absence_of_boys');
  }
  expect(
    await outcomes(`SELECT 1 FROM outcome_value
                    WHERE school_id = '${school}' AND year = 2026 AND indicator_code = 'ABSENCE_OVER_15'
                      AND "group" <> 'ALL'`),
  ).toEqual([]);
});

test('a file over the size limit is not sent: it exits 1 with the limit and what to do', async () => {
  const file = path.join(tempDir, 'too-large.csv');
  writeFileSync(file, 'unit_code;year;indicator_code;group;value;pupil_count\n'.padEnd(33 * 1024 * 1024, 'x'));
  const run = await importCommand(['outcomes', file]);
  expect(run.code).toBe(1);
  expect(run.stdout).toContain(
    'Nothing was written: The file is 33.0 MB; an import takes at most 32 MB. Split it into several files',
  );
  expect(run.stdout).toContain('[FILE_TOO_LARGE]');
});
