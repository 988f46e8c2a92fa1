import 'reflect-metadata';
import { generateDemoData } from '@lagesbild/demo-data';
import { schoolIdOf } from '@lagesbild/domain';
import { propertyRuns, TEST_DEMO_SCALE } from '@lagesbild/test-utils';
import fc from 'fast-check';
import { HEADER } from './brokenOutcomeFile';
import { importOutcomeFile, useOutcomesOnOwnDatabase, type Published, type Report } from './outcomesApi';
import { publishedFromSource, revealedCells, type SourceCell } from './publishingModel';

// Property-based tests of the outcomes import (issue #17): sequences of files over cells of the demo data, with
// random values, states, pupil counts and bad cells, checked after every file against a model (the last accepted
// figure per natural key) and against the small-number rules, on a database of this file's own.
const { subgraph, sql } = useOutcomesOnOwnDatabase();

// The cells the files write: three grundskolor of the demo data, two indicators, the last two demo years, every
// group. Few enough that a sequence of files revisits cells, and each group's triple is complete.
const SCHOOLS = generateDemoData({ scale: TEST_DEMO_SCALE })
  .schools.filter((school) => school.schoolForm === 'GRUNDSKOLA')
  .slice(0, 3)
  .map((school) => school.unitCode);
const INDICATORS = { MERIT_VALUE_17: 340, PASSED_ALL_SUBJECTS: 100 } as const;
type IndicatorCode = keyof typeof INDICATORS;
const YEARS = [2024, 2025];
const GROUPS = ['ALL', 'GIRLS', 'BOYS'] as const;
const GROUP_SPELLINGS = { ALL: ['ALL', 'samtliga', 'totalt'], GIRLS: ['GIRLS', 'flickor'], BOYS: ['BOYS', 'pojkar'] };
const KEY_COLUMNS = 'unit_code, year, indicator_code, group';

interface Cell {
  unitCode: string;
  year: number;
  indicator: IndicatorCode;
  group: (typeof GROUPS)[number];
}
const CELLS: Cell[] = SCHOOLS.flatMap((unitCode) =>
  (Object.keys(INDICATORS) as IndicatorCode[]).flatMap((indicator) =>
    YEARS.flatMap((year) => GROUPS.map((group) => ({ unitCode, year, indicator, group }))),
  ),
);
const keyOf = (unitCode: string, year: number | string, indicator: string, group: string) =>
  `${unitCode}|${year}|${indicator}|${group}`;

/** A figure as imported: what the stored row's source columns must hold afterwards. */
interface Figure {
  status: 'REPORTED' | 'SUPPRESSED' | 'MISSING';
  value: number | null;
  pupilCount: number | null;
}

// Pupil counts on either side of the small-number rule's 10 more often than chance would give them.
const pupils = fc.option(
  fc.oneof(fc.constantFrom(9, 10), fc.integer({ min: 0, max: 14 }), fc.integer({ min: 0, max: 60 })),
  { nil: null, freq: 4 },
);
const figure = (max: number): fc.Arbitrary<Figure> =>
  fc.oneof(
    {
      weight: 4,
      arbitrary: fc.record({
        status: fc.constant('REPORTED' as const),
        value: fc.integer({ min: 0, max: max * 10 }).map((tenths) => tenths / 10),
        pupilCount: pupils,
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        status: fc.constant('SUPPRESSED' as const),
        value: fc.constant(null),
        pupilCount: pupils,
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        status: fc.constant('MISSING' as const),
        value: fc.constant(null),
        pupilCount: fc.constant(null),
      }),
    },
  );

/** How a good row is written: its cell, figure, and the spellings a file may use (decimal comma, Swedish group). */
const goodRow = fc.nat({ max: CELLS.length - 1 }).chain((index) =>
  fc.record({
    cell: fc.constant(CELLS[index]),
    figure: figure(INDICATORS[CELLS[index].indicator]),
    comma: fc.boolean(),
    spelling: fc.nat({ max: 2 }),
  }),
);

/**
 * Bad cells, each breaking one column of an otherwise good row. `parse` problems are found before the row has a
 * key; `check` problems after, so that the row's key still counts for duplicates.
 */
const BAD = {
  'text as value': { column: 'value', stage: 'parse' },
  'year 1999': { column: 'year', stage: 'parse' },
  'group X': { column: 'group', stage: 'parse' },
  '"." with a pupil count': { column: 'pupil_count', stage: 'parse' },
  'negative pupil count': { column: 'pupil_count', stage: 'parse' },
  'seven-digit unit code': { column: 'unit_code', stage: 'parse' },
  'unknown school': { column: 'unit_code', stage: 'check' },
  'unknown indicator': { column: 'indicator_code', stage: 'check' },
  'out of range': { column: 'value', stage: 'check' },
} as const;
type BadKind = keyof typeof BAD;
const badRow = fc.record({
  at: fc.nat(),
  cell: fc.constantFrom(...CELLS),
  kind: fc.constantFrom(...(Object.keys(BAD) as BadKind[])),
});

const step = fc.record({
  rows: fc.array(goodRow, { minLength: 1, maxLength: 6 }),
  bad: fc.oneof(
    { weight: 3, arbitrary: fc.constant([]) },
    { weight: 2, arbitrary: fc.array(badRow, { minLength: 1, maxLength: 3 }) },
  ),
  skipInvalid: fc.boolean(),
});
type Step = typeof step extends fc.Arbitrary<infer T> ? T : never;

const written = (figure: Figure, comma: boolean) => {
  if (figure.status === 'SUPPRESSED') return `..;${figure.pupilCount ?? ''}`;
  if (figure.status === 'MISSING') return '.;';
  const value = String(figure.value);
  return `${comma ? value.replace('.', ',') : value};${figure.pupilCount ?? ''}`;
};

interface Line {
  text: string;
  /** The natural key, once the row parses. */
  key: string | null;
  figure: Figure | null;
  /** The column a bad line must be named at, found after parsing (check) or before (parse). */
  bad: { column: string; stage: 'parse' | 'check' } | null;
}

function lineOf(row: Step['rows'][number]): Line {
  const { cell, figure } = row;
  const spellings = GROUP_SPELLINGS[cell.group];
  return {
    text: [
      cell.unitCode,
      cell.year,
      cell.indicator,
      spellings[row.spelling % spellings.length],
      written(figure, row.comma),
    ].join(';'),
    key: keyOf(cell.unitCode, cell.year, cell.indicator, cell.group),
    figure,
    bad: null,
  };
}

function badLineOf({ cell, kind }: Step['bad'][number]): Line {
  const fields = [cell.unitCode, String(cell.year), cell.indicator, cell.group, '50', '30'];
  let key: string | null = null;
  if (kind === 'text as value') fields[4] = 'n/a';
  if (kind === 'year 1999') fields[1] = '1999';
  if (kind === 'group X') fields[3] = 'X';
  if (kind === '"." with a pupil count') fields[4] = '.';
  if (kind === 'negative pupil count') fields[5] = '-3';
  if (kind === 'seven-digit unit code') fields[0] = cell.unitCode.slice(1);
  if (kind === 'unknown school') fields[0] = '00000000';
  if (kind === 'unknown indicator') fields[2] = 'NO_SUCH_INDICATOR';
  if (kind === 'out of range') fields[4] = String(INDICATORS[cell.indicator] + 1);
  if (BAD[kind].stage === 'check') key = keyOf(fields[0], fields[1], fields[2], fields[3]);
  return { text: fields.join(';'), key, figure: null, bad: BAD[kind] };
}

/** What the import must answer for a file, by the rules of the README: every bad line named, with its column. */
function expectedOf(lines: Line[]) {
  const issues: string[] = [];
  const good = new Map<number, Line>();
  const firstLineOfKey = new Map<string, number>();
  lines.forEach((line, i) => {
    const number = i + 2;
    if (line.bad?.stage === 'parse') return void issues.push(`${number} ${line.bad.column}`);
    const earlier = firstLineOfKey.get(line.key!);
    if (earlier !== undefined) return void issues.push(`${number} ${KEY_COLUMNS}`);
    firstLineOfKey.set(line.key!, number);
    if (line.bad) issues.push(`${number} ${line.bad.column}`);
    else good.set(number, line);
  });
  return { issues: issues.sort(), good: [...good.values()] };
}

const sameFigure = (a: Figure | undefined, b: Figure) =>
  a !== undefined && a.status === b.status && a.value === b.value && a.pupilCount === b.pupilCount;

/** The stored figures, as imported, of every cell the files write. */
async function storedFigures(): Promise<Map<string, Figure>> {
  const rows = await sql<SourceCell & { unitCode: string }>(
    `SELECT school_id AS "schoolId", indicator_code AS indicator, year, "group", source_status AS status,
            source_value::float8 AS value, pupil_count AS "pupilCount"
     FROM outcome_value WHERE school_id = ANY($1) AND indicator_code = ANY($2) AND year = ANY($3)`,
    [SCHOOLS.map(schoolIdOf), Object.keys(INDICATORS), YEARS],
  );
  const unitCodeOf = new Map(SCHOOLS.map((unitCode) => [schoolIdOf(unitCode), unitCode]));
  return new Map(
    rows.map((row) => [
      keyOf(unitCodeOf.get(row.schoolId)!, row.year, row.indicator, row.group),
      { status: row.status, value: row.value, pupilCount: row.pupilCount },
    ]),
  );
}

/** What School.outcomes serves for the touched schools' cells, one request for them all. */
async function servedFigures(): Promise<(Published & { schoolId: string; indicator: string })[]> {
  const fields = (Object.keys(INDICATORS) as IndicatorCode[])
    .map(
      (code) =>
        `${code}: outcomes(indicatorCode: "${code}", fromYear: ${YEARS[0]}, toYear: ${YEARS.at(-1)}) { year group status value pupilCount }`,
    )
    .join(' ');
  const answer = await subgraph().query<{ _entities: ({ id: string } & Record<IndicatorCode, Published[]>)[] }>(
    `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on School { id ${fields} } } }`,
    { representations: SCHOOLS.map((unitCode) => ({ __typename: 'School', id: schoolIdOf(unitCode) })) },
  );
  expect(answer.errors).toBeUndefined();
  return answer.data!._entities.flatMap((school) =>
    (Object.keys(INDICATORS) as IndicatorCode[]).flatMap((indicator) =>
      school[indicator].map((served) => ({ ...served, schoolId: school.id, indicator })),
    ),
  );
}

const issuesOf = (report: Report) => report.issues.map((issue) => `${issue.line} ${issue.column}`).sort();
const ROW_CODES = ['INVALID_VALUE', 'UNKNOWN_REFERENCE', 'DUPLICATE'];

/** One file of the sequence, imported, with everything checked that must hold after it. */
async function importAndCheck(model: Map<string, Figure>, { rows, bad, skipInvalid }: Step) {
  const lines = rows.map(lineOf);
  for (const entry of bad) lines.splice(entry.at % (lines.length + 1), 0, badLineOf(entry));
  const file = [HEADER, ...lines.map((line) => line.text)].join('\n');
  const expected = expectedOf(lines);
  const commits = expected.issues.length === 0 || skipInvalid;

  const report = await importOutcomeFile(subgraph(), file, skipInvalid);
  // Never an internal error, nor a row the checks let through to the database: every problem is the file's.
  expect(report.issues.map((issue) => issue.code).filter((code) => !ROW_CODES.includes(code))).toEqual([]);
  expect(issuesOf(report)).toEqual(expected.issues);
  expect(report.rejectedLines).toEqual(
    [...new Set(expected.issues.map((issue) => Number(issue.split(' ')[0])))].sort((a, b) => a - b),
  );
  expect(report.committed).toBe(commits);

  const counts = { inserted: 0, updated: 0, unchanged: 0 };
  if (commits) {
    for (const line of expected.good) {
      const before = model.get(line.key!);
      counts[before === undefined ? 'inserted' : sameFigure(before, line.figure!) ? 'unchanged' : 'updated'] += 1;
      model.set(line.key!, line.figure!);
    }
  }
  expect({ inserted: report.inserted, updated: report.updated, unchanged: report.unchanged }).toEqual(counts);
  // The stored state is the model's: the last accepted figure of each cell, and nothing of a refused file.
  expect(await storedFigures()).toEqual(model);

  // The same file again: every row it wrote is unchanged, and a refused file is refused the same way.
  const again = await importOutcomeFile(subgraph(), file, skipInvalid);
  expect(issuesOf(again)).toEqual(expected.issues);
  expect(again).toMatchObject(
    commits
      ? { committed: true, inserted: 0, updated: 0, unchanged: expected.good.length }
      : { committed: false, inserted: 0, updated: 0, unchanged: 0 },
  );

  // What is served: published by the small-number rules from the stored rows, nothing behind fewer than 10 pupils,
  // and no withheld cell that all − girls or all − boys gives away.
  const served = await servedFigures();
  const sourceRows = [...model].map(([key, stored]): SourceCell => {
    const [unitCode, year, indicator, group] = key.split('|');
    return { schoolId: schoolIdOf(unitCode), year: Number(year), indicator, group, ...stored };
  });
  const order = (cell: { schoolId: string; indicator: string; year: number; group: string }) =>
    `${cell.schoolId} ${cell.indicator} ${cell.year} ${cell.group}`;
  const sorted = <T extends Parameters<typeof order>[0]>(cells: T[]) =>
    [...cells].sort((a, b) => order(a).localeCompare(order(b)));
  expect(sorted(served)).toEqual(sorted(publishedFromSource(sourceRows)));
  expect(
    served.filter((cell) => cell.status === 'REPORTED' && cell.pupilCount !== null && cell.pupilCount < 10),
  ).toEqual([]);
  expect(
    served.filter((cell) => cell.status !== 'REPORTED' && (cell.value !== null || cell.pupilCount !== null)),
  ).toEqual([]);
  expect(revealedCells(served)).toEqual([]);
}

test('any sequence of outcome files imports as the model says, and publishes nothing the rules withhold', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 4 }), async (steps) => {
      // Each run starts from what is stored, which the runs before it have checked.
      const model = await storedFigures();
      expect(model.size).toBe(CELLS.length);
      for (const each of steps) await importAndCheck(model, each);
    }),
    { numRuns: propertyRuns(12) },
  );
}, 600_000);
