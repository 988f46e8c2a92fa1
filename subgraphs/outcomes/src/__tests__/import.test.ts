import 'reflect-metadata';
import { generateDemoData } from '@lagesbild/demo-data';
import { schoolIdOf } from '@lagesbild/domain';
import { freePort, spawnService, waitUntilReady, type ServiceProcess } from '@lagesbild/launcher';
import { repoRoot } from '@lagesbild/platform';
import { startSubgraph } from '@lagesbild/subgraph-kit';
import {
  ADMIN,
  queryTestDatabase,
  sqlStatementCount,
  TEST_DEMO_SCALE,
  testDatabaseUrl,
  useSubgraphUnderTest,
} from '@lagesbild/test-utils';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { outcomesSubgraph } from '../subgraph';
import { brokenOutcomeFile, HEADER } from './brokenOutcomeFile';

// The import asks the schools subgraph which school units exist, so a real one runs beside the outcomes subgraph:
// as a child process, since this package does not depend on the schools package.
let schools: { service: ServiceProcess; url: string } | undefined;
beforeAll(async () => {
  const port = await freePort();
  const service = spawnService(
    'schools',
    path.join(repoRoot, 'subgraphs/schools/dist/index.js'),
    {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      SCHOOLS_DATABASE_URL: testDatabaseUrl('schools'),
      SEED_DEMO_DATA: 'true',
      DEMO_SCALE: String(TEST_DEMO_SCALE),
    },
    () => undefined,
  );
  schools = { service, url: `http://127.0.0.1:${port}/graphql` };
  await waitUntilReady(service, `http://127.0.0.1:${port}/readyz`, 120_000, 'schools');
  // The kit's sibling lookup (fetchSiblingEntities) reads SCHOOLS_SUBGRAPH_URL from the process environment, not
  // from the env given to startSubgraph; in this in-process subgraph that is the test's own environment.
  process.env.SCHOOLS_SUBGRAPH_URL = schools.url;
}, 120_000);
afterAll(async () => {
  delete process.env.SCHOOLS_SUBGRAPH_URL;
  await schools?.service.stop();
});

const subgraph = useSubgraphUnderTest((env) => startSubgraph(outcomesSubgraph, env));

interface Report {
  committed: boolean;
  rowsRead: number;
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: number;
  rejectedLines: number[];
  issues: { line: number; column: string | null; value: string | null; code: string; message: string }[];
}

async function importFile(file: string | Buffer, skipInvalid = false): Promise<Report> {
  const bytes = typeof file === 'string' ? Buffer.from(file, 'utf8') : file;
  const answer = await subgraph().queryAs<{ report: Report }>(
    ADMIN,
    `mutation ($file: String!, $skipInvalid: Boolean!) {
      report: importOutcomeValues(fileBase64: $file, skipInvalid: $skipInvalid) {
        committed rowsRead inserted updated unchanged rejected rejectedLines issues { line column value code message }
      }
    }`,
    { file: bytes.toString('base64'), skipInvalid },
  );
  expect(answer.errors).toBeUndefined();
  return answer.data!.report;
}

const sql = <T>(query: string, params: unknown[] = []) => queryTestDatabase<T>('outcomes', query, params);

const rowsOfYear = async (year: number) =>
  (await sql<{ count: number }>('SELECT count(*)::int AS count FROM outcome_value WHERE year = $1', [year]))[0].count;

const exampleFile = () => readFileSync(path.join(repoRoot, 'examples/import/outcomes.csv'));
const unitCodeOfExample = '47744647'; // Lindlundsskolan: a grundskola at every demo scale

// Each test writes its own year, so that no test depends on what another (or another test file) wrote.
// 2026 is the example file's; the demo data fill 2015 to 2025.
const YEAR = { small: 2000, tenThousand: 2001, exampleCopy: 2002, stateChanges: 2003, refused: 2012 } as const;

test('the shipped example imports; importing it again changes nothing; changing one value updates one row', async () => {
  const example = exampleFile().toString('utf8');
  const rows = example.trim().split('\n').length - 1;
  const first = await importFile(example);
  expect(first).toMatchObject({ committed: true, rowsRead: rows, rejected: 0, issues: [] });
  // Another test file may have imported the example already, against the same database.
  expect(first.inserted + first.updated + first.unchanged).toBe(rows);
  expect(await importFile(example)).toMatchObject({ inserted: 0, updated: 0, unchanged: rows });

  // The change is made to a copy in this test's own year, so that the example's rows stay as shipped for others.
  const copy = example.replaceAll(';2026;', `;${YEAR.exampleCopy};`);
  expect(await importFile(copy)).toMatchObject({ inserted: rows, updated: 0, unchanged: 0 });
  const changed = copy.replace(';231,5;48', ';232,5;48');
  expect(changed).not.toBe(copy);
  expect(await importFile(changed)).toMatchObject({ inserted: 0, updated: 1, unchanged: rows - 1 });
  const [stored] = await sql<{ value: string }>(
    `SELECT value::text FROM outcome_value
     WHERE school_id = $1 AND year = $2 AND indicator_code = 'MERIT_VALUE_17' AND "group" = 'ALL'`,
    [schoolIdOf(unitCodeOfExample), YEAR.exampleCopy],
  );
  expect(stored.value).toBe('232.5');

  // ".." and "." become statuses with a null value, never 0.
  const markers = await sql<{ status: string; value: string | null; pupil_count: number | null }>(
    `SELECT status, value, pupil_count FROM outcome_value WHERE year = $1 AND status <> 'REPORTED' ORDER BY status`,
    [YEAR.exampleCopy],
  );
  expect(markers).toEqual([
    { status: 'MISSING', value: null, pupil_count: null },
    { status: 'SUPPRESSED', value: null, pupil_count: null },
  ]);
});

test('wrong types, unknown references, duplicates and rule breaks are each named at their line and column', async () => {
  const report = await importFile(
    [
      HEADER,
      `${unitCodeOfExample};${YEAR.small};MERIT_VALUE_17;ALL;221,5;40`, // good
      `${unitCodeOfExample};${YEAR.small};MERIT_VALUE_17;GIRLS;många;20`, // text as value
      `${unitCodeOfExample};1999;MERIT_VALUE_17;BOYS;210;20`, // before 2000
      `${unitCodeOfExample};${YEAR.small};PASSED_ALL_SUBJECTS;X;71,0;40`, // no such group
      `99999999;${YEAR.small};MERIT_VALUE_17;ALL;200;30`, // no such school unit
      `${unitCodeOfExample};${YEAR.small};NO_SUCH_INDICATOR;ALL;50;40`, // no such indicator
      `${unitCodeOfExample};${YEAR.small};MERIT_VALUE_17;samtliga;222;40`, // same key as line 2
      `${unitCodeOfExample};${YEAR.small};ABSENCE_OVER_15;ALL;.;40`, // "." (no data) with a pupil count
      `${unitCodeOfExample};${YEAR.small};ELIGIBLE_NATIONAL_PROGRAMME;ALL;100,5;40`, // above 100 %
    ].join('\n'),
  );
  expect(report).toMatchObject({ committed: false, inserted: 0, rejected: 8 });
  expect(report.issues.map(({ line, column, value, code }) => ({ line, column, value, code }))).toEqual([
    { line: 3, column: 'value', value: 'många', code: 'INVALID_VALUE' },
    { line: 4, column: 'year', value: '1999', code: 'INVALID_VALUE' },
    { line: 5, column: 'group', value: 'X', code: 'INVALID_VALUE' },
    { line: 6, column: 'unit_code', value: '99999999', code: 'UNKNOWN_REFERENCE' },
    { line: 7, column: 'indicator_code', value: 'NO_SUCH_INDICATOR', code: 'UNKNOWN_REFERENCE' },
    {
      line: 8,
      column: 'unit_code, year, indicator_code, group',
      value: expect.stringContaining('MERIT_VALUE_17'),
      code: 'DUPLICATE',
    },
    { line: 9, column: 'pupil_count', value: '40', code: 'INVALID_VALUE' },
    { line: 10, column: 'value', value: '100,5', code: 'INVALID_VALUE' },
  ]);
  const messages = report.issues.map((issue) => issue.message);
  expect(messages[0]).toMatch(/value must be a number \(decimal comma or point\), "\.\." .* or "\." /);
  expect(messages[1]).toBe(`year must be between 2000 and ${new Date().getFullYear()}`);
  expect(messages[2]).toMatch(/group must be one of ALL, GIRLS, BOYS, not "X"/);
  expect(messages[3]).toMatch(/No school unit has the code 99999999/);
  expect(messages[4]).toMatch(/There is no indicator NO_SUCH_INDICATOR/);
  expect(messages[5]).toBe('Line 8 repeats the unit_code and year and indicator_code and group of line 2.');
  expect(messages[6]).toMatch(/pupil_count must be empty when the value is "\."/);
  expect(messages[7]).toBe('value must lie between 0 and 100 for ELIGIBLE_NATIONAL_PROGRAMME, not 100.5.');
  expect(await rowsOfYear(YEAR.small)).toBe(0);
});

test('a UTF-8 file with BOM and CRLF, Swedish group names, decimal commas and Skolverket’s markers imports', async () => {
  const content =
    '\uFEFF' +
    [
      HEADER,
      `${unitCodeOfExample};${YEAR.small};MERIT_VALUE_17;Samtliga;231,5;48`,
      `${unitCodeOfExample};${YEAR.small};MERIT_VALUE_17;flickor;..;`,
      `${unitCodeOfExample};${YEAR.small};MERIT_VALUE_17;pojkar;.;`,
      `${unitCodeOfExample};${YEAR.small};SALSA_RESIDUAL;totalt;-12,25;48`,
      `${unitCodeOfExample};${YEAR.small};ELIGIBLE_NATIONAL_PROGRAMME;ALL;100;48`, // the top of the range
      `${unitCodeOfExample};${YEAR.small};PASSED_ALL_SUBJECTS;GIRLS;55.5;7`, // a point, and fewer than 10 pupils
    ].join('\r\n');
  const report = await importFile(content);
  expect(report).toMatchObject({ committed: true, rowsRead: 6, inserted: 6, rejected: 0, issues: [] });

  const stored = await sql<{ indicator_code: string; group: string; source: string; published: string }>(
    `SELECT indicator_code, "group", source_status || ' ' || coalesce(source_value::text, 'null') AS source,
            status || ' ' || coalesce(value::text, 'null') AS published
     FROM outcome_value WHERE year = $1 ORDER BY indicator_code, "group"`,
    [YEAR.small],
  );
  // Stored as given; published without the value behind 7 pupils (issue #5).
  expect(stored).toEqual([
    { indicator_code: 'ELIGIBLE_NATIONAL_PROGRAMME', group: 'ALL', source: 'REPORTED 100', published: 'REPORTED 100' },
    { indicator_code: 'MERIT_VALUE_17', group: 'ALL', source: 'REPORTED 231.5', published: 'REPORTED 231.5' },
    { indicator_code: 'MERIT_VALUE_17', group: 'BOYS', source: 'MISSING null', published: 'MISSING null' },
    { indicator_code: 'MERIT_VALUE_17', group: 'GIRLS', source: 'SUPPRESSED null', published: 'SUPPRESSED null' },
    { indicator_code: 'PASSED_ALL_SUBJECTS', group: 'GIRLS', source: 'REPORTED 55.5', published: 'SUPPRESSED null' },
    { indicator_code: 'SALSA_RESIDUAL', group: 'ALL', source: 'REPORTED -12.25', published: 'REPORTED -12.25' },
  ]);
});

describe('a file of 10,000 rows with 37 bad ones', () => {
  const file = brokenOutcomeFile({ rows: 10_000, bad: 37, year: YEAR.tenThousand, scale: TEST_DEMO_SCALE });
  const brokenLines = [...file.broken.keys()].sort((a, b) => a - b);

  test('the file is as meant: 37 broken lines spread over the file and over every kind of problem', () => {
    expect(file.text.trim().split('\n')).toHaveLength(10_001);
    expect(brokenLines).toHaveLength(37);
    expect(brokenLines[0]).toBeLessThan(500);
    expect(brokenLines[36]).toBeGreaterThan(9_500);
    expect(new Set([...file.broken.values()].map((how) => how.kind)).size).toBe(9);
  });

  test('without skipInvalid nothing is written, and exactly the 37 broken lines are listed', async () => {
    const schoolsStatements = await sqlStatementCount(schools!.url);
    const report = await importFile(file.text);
    expect(report).toMatchObject({ committed: false, rowsRead: 10_000, inserted: 0, rejected: 37 });
    expect(report.rejectedLines).toEqual(brokenLines);
    expect(report.issues).toHaveLength(37);
    for (const issue of report.issues) {
      const how = file.broken.get(issue.line);
      expect({ line: issue.line, code: issue.code, column: issue.column }).toEqual({
        line: issue.line,
        code: how?.code,
        column: how?.column,
      });
    }
    expect(await rowsOfYear(YEAR.tenThousand)).toBe(0);
    // Every school unit of the file was asked about in one `_entities` request: one statement for the schools.
    expect((await sqlStatementCount(schools!.url)) - schoolsStatements).toBe(1);
  });

  test('with skipInvalid the 9,963 good rows are written and the 37 rejected; importing it again changes nothing', async () => {
    const report = await importFile(file.text, true);
    expect(report).toMatchObject({ committed: true, inserted: 9_963, updated: 0, unchanged: 0, rejected: 37 });
    expect(report.rejectedLines).toEqual(brokenLines);
    expect(await rowsOfYear(YEAR.tenThousand)).toBe(9_963);

    const again = await importFile(file.text, true);
    expect(again).toMatchObject({ committed: true, inserted: 0, updated: 0, unchanged: 9_963, rejected: 37 });
    expect(await rowsOfYear(YEAR.tenThousand)).toBe(9_963);
  });
});

interface Published {
  group: string;
  status: string;
  value: number | null;
  pupilCount: number | null;
}

/** A school's published values of one indicator and year, as School.outcomes serves them. */
async function publishedOf(unitCode: string, indicatorCode: string, year: number): Promise<Published[]> {
  const answer = await subgraph().query<{ _entities: { outcomes: Published[] }[] }>(
    `query ($representations: [_Any!]!, $indicatorCode: ID!, $year: Int!) {
      _entities(representations: $representations) {
        ... on School { outcomes(indicatorCode: $indicatorCode, fromYear: $year, toYear: $year) { group status value pupilCount } }
      }
    }`,
    { representations: [{ __typename: 'School', id: schoolIdOf(unitCode) }], indicatorCode, year },
  );
  expect(answer.errors).toBeUndefined();
  return answer.data!._entities[0].outcomes;
}

describe('every change of a cell’s state imports, in all nine directions', () => {
  // A state as a file writes it, and as it is published: 40 pupils publish a value; "..": withheld; ".": no data.
  const STATES = {
    REPORTED: { cell: '210,5;40', published: { status: 'REPORTED', value: 210.5, pupilCount: 40 } },
    SUPPRESSED: { cell: '..;', published: { status: 'SUPPRESSED', value: null, pupilCount: null } },
    MISSING: { cell: '.;', published: { status: 'MISSING', value: null, pupilCount: null } },
  } as const;
  const names = Object.keys(STATES) as (keyof typeof STATES)[];
  const directions = names.flatMap((from) => names.map((to) => [from, to] as const));

  test.each(directions.map(([from, to], i) => [from, to, i]))('%s to %s', async (from, to, i) => {
    // Each direction has its indicator cell of its own: the example school's MERIT_VALUE_17 for ALL in one year.
    const year = YEAR.stateChanges + i;
    const line = (state: keyof typeof STATES, value: string = STATES[state].cell) =>
      `${HEADER}\n${unitCodeOfExample};${year};MERIT_VALUE_17;samtliga;${value}\n`;
    expect(await importFile(line(from))).toMatchObject({ committed: true, inserted: 1, issues: [] });
    // REPORTED to REPORTED: a revised value, and a pupil count under 10, which the small-number rule withholds.
    // ".." to "..": a pupil count given where there was none. "." to "." has nothing that can change.
    const revised = { REPORTED: '212,5;7', SUPPRESSED: '..;6', MISSING: undefined }[from === to ? from : 'MISSING'];
    const updated = from === to && !revised ? 0 : 1;
    expect(await importFile(line(to, revised))).toMatchObject({ committed: true, updated, issues: [] });
    expect(await importFile(line(to, revised))).toMatchObject({ committed: true, unchanged: 1, updated: 0 });
    const expected = revised ? { status: 'SUPPRESSED', value: null, pupilCount: null } : STATES[to].published;
    expect(await publishedOf(unitCodeOfExample, 'MERIT_VALUE_17', year)).toEqual([{ group: 'ALL', ...expected }]);
  });
});

test('a demo cell published as "." (no data) revised to a number imports, and is published by the same rules', async () => {
  // The case reported: a one-row file for a cell of the demo data that is "." today.
  const unitCodeOf = new Map(
    generateDemoData({ scale: TEST_DEMO_SCALE }).schools.map((school) => [
      schoolIdOf(school.unitCode),
      school.unitCode,
    ]),
  );
  const [cell] = await sql<{ year: number; school_id: string }>(
    `SELECT school_id, year FROM outcome_value
     WHERE indicator_code = 'MERIT_VALUE_17' AND "group" = 'ALL' AND source_status = 'MISSING' AND school_id = ANY($1)
     ORDER BY school_id, year LIMIT 1`,
    [[...unitCodeOf.keys()]],
  );
  expect(cell).toBeDefined();
  const unitCode = unitCodeOf.get(cell.school_id)!;
  const file = (value: string) => `${HEADER}\n${unitCode};${cell.year};MERIT_VALUE_17;samtliga;${value}\n`;
  try {
    expect(await importFile(file('200,5;40'))).toMatchObject({ committed: true, updated: 1, issues: [] });
    const published = await publishedOf(unitCode, 'MERIT_VALUE_17', cell.year);
    const all = published.find((value) => value.group === 'ALL')!;
    const sexes = published.filter((value) => value.group !== 'ALL').map((value) => value.status);
    // Complementary suppression withholds it only when exactly one sex is withheld and the other published.
    const derivable = sexes.filter((s) => s === 'SUPPRESSED').length === 1 && sexes.includes('REPORTED');
    expect(all).toEqual(
      derivable
        ? { group: 'ALL', status: 'SUPPRESSED', value: null, pupilCount: null }
        : { group: 'ALL', status: 'REPORTED', value: 200.5, pupilCount: 40 },
    );
  } finally {
    // The demo data are shared with other test files: the cell goes back to ".".
    expect(await importFile(file('.;'))).toMatchObject({ committed: true, updated: 1 });
  }
});

test('a row the checks pass but a table constraint refuses is named at its line and column; nothing is written', async () => {
  // A constraint stricter than the importer's checks stands in for a check we failed to write: for one year only,
  // so that other test files writing to this table meanwhile are not refused.
  const strict = (rule: string) =>
    sql(`ALTER TABLE outcome_value DROP CONSTRAINT outcome_value_pupil_count_check,
         ADD CONSTRAINT outcome_value_pupil_count_check CHECK (${rule}) NOT VALID`);
  const year = YEAR.refused;
  const file = [
    HEADER,
    ...[
      'MERIT_VALUE_17;ALL',
      'MERIT_VALUE_17;GIRLS',
      'MERIT_VALUE_17;BOYS',
      'SALSA_RESIDUAL;ALL',
      'PASSED_ALL_SUBJECTS;ALL',
    ].map((cell, i) => `${unitCodeOfExample};${year};${cell};${i === 3 ? '-2,5;33' : '50;40'}`),
  ].join('\n');
  const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  await strict(`pupil_count >= 0 AND (year <> ${year} OR pupil_count <> 33)`);
  try {
    for (const skipInvalid of [false, true]) {
      const report = await importFile(file, skipInvalid);
      expect(report).toMatchObject({ committed: false, inserted: 0, updated: 0, rejected: 1, rejectedLines: [5] });
      expect(report.issues).toEqual([
        {
          line: 5,
          column: 'pupil_count',
          value: '33',
          code: 'REFUSED_BY_DATABASE',
          message: expect.stringMatching(
            /^pupil_count cannot be negative\. .*nothing was imported.*outcome_value_pupil_count_check\.$/,
          ),
        },
      ]);
    }
    expect(await rowsOfYear(year)).toBe(0);
    expect(logged).toHaveBeenCalledWith(
      expect.stringContaining('line 5 passed every check but constraint outcome_value_pupil_count_check refused it'),
      expect.anything(),
    );
  } finally {
    logged.mockRestore();
    await strict('pupil_count >= 0');
  }
});
