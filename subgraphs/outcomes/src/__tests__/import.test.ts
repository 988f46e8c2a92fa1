import 'reflect-metadata';
import { schoolIdOf } from '@lagesbild/domain';
import { repoRoot } from '@lagesbild/platform';
import { startSubgraph } from '@lagesbild/subgraph-kit';
import {
  queryTestDatabase,
  sqlStatementCount,
  TEST_DEMO_SCALE,
  useSiblingSubgraph,
  useSubgraphUnderTest,
} from '@lagesbild/test-utils';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { outcomesSubgraph } from '../subgraph';
import { brokenOutcomeFile, HEADER } from './brokenOutcomeFile';
import { importOutcomeFile } from './outcomesApi';

// The import asks the schools subgraph which school units exist, so a real one runs beside the outcomes subgraph.
const schoolsUrl = useSiblingSubgraph('schools');
const subgraph = useSubgraphUnderTest((env) => startSubgraph(outcomesSubgraph, env));

const importFile = (file: string | Buffer, skipInvalid = false) => importOutcomeFile(subgraph(), file, skipInvalid);

const sql = <T>(query: string, params: unknown[] = []) => queryTestDatabase<T>('outcomes', query, params);

const rowsOfYear = async (year: number) =>
  (await sql<{ count: number }>('SELECT count(*)::int AS count FROM outcome_value WHERE year = $1', [year]))[0].count;

const exampleFile = () => readFileSync(path.join(repoRoot, 'examples/import/outcomes.csv'));
const unitCodeOfExample = '47744647'; // Lindlundsskolan: a grundskola at every demo scale

// Each test writes its own year, so that no test depends on what another (or another test file) wrote.
// 2026 is the example file's; the demo data fill 2015 to 2025.
const YEAR = { small: 2000, tenThousand: 2001, exampleCopy: 2002 } as const;

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
    const schoolsStatements = await sqlStatementCount(schoolsUrl());
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
    expect((await sqlStatementCount(schoolsUrl())) - schoolsStatements).toBe(1);
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
