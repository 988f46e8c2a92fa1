import 'reflect-metadata';
import { generateDemoData } from '@lagesbild/demo-data';
import { schoolIdOf } from '@lagesbild/domain';
import { TEST_DEMO_SCALE } from '@lagesbild/test-utils';
import { HEADER } from './brokenOutcomeFile';
import { importOutcomeFile, publishedOf, useOutcomesOnOwnDatabase } from './outcomesApi';

// Revisions of published cells (issue #17): every change of a cell's state, on the demo data's own cells, and a
// row refused by a table constraint, on a database of this file's own.
const { subgraph, sql } = useOutcomesOnOwnDatabase();
const importFile = (file: string, skipInvalid = false) => importOutcomeFile(subgraph(), file, skipInvalid);
const rowsOfYear = async (year: number) =>
  (await sql<{ count: number }>('SELECT count(*)::int AS count FROM outcome_value WHERE year = $1', [year]))[0].count;

const unitCodeOfExample = '47744647'; // Lindlundsskolan: a grundskola at every demo scale
const demo = generateDemoData({ scale: TEST_DEMO_SCALE });
const unitCodeOf = new Map(demo.schools.map((school) => [schoolIdOf(school.unitCode), school.unitCode]));

// Years before the demo data's (2015–2025), which this database holds no values of.
const YEAR = { stateChanges: 2000, refused: 2009 } as const;

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
    // Each direction has its cell of its own: the example school's MERIT_VALUE_17 for ALL in one year.
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
    expect(await publishedOf(subgraph(), unitCodeOfExample, 'MERIT_VALUE_17', year)).toEqual([
      { year, group: 'ALL', ...expected },
    ]);
  });
});

test('a demo cell published as "." (no data) revised to a number imports, and is published by the same rules', async () => {
  // The case reported: a one-row file for a cell of the demo data that is "." today.
  const [cell] = await sql<{ year: number; school_id: string }>(
    `SELECT school_id, year FROM outcome_value
     WHERE indicator_code = 'MERIT_VALUE_17' AND "group" = 'ALL' AND source_status = 'MISSING' AND school_id = ANY($1)
     ORDER BY school_id, year LIMIT 1`,
    [[...unitCodeOf.keys()]],
  );
  expect(cell).toBeDefined();
  const unitCode = unitCodeOf.get(cell.school_id)!;
  const file = `${HEADER}\n${unitCode};${cell.year};MERIT_VALUE_17;samtliga;200,5;40\n`;
  expect(await importFile(file)).toMatchObject({ committed: true, updated: 1, issues: [] });
  const published = await publishedOf(subgraph(), unitCode, 'MERIT_VALUE_17', cell.year);
  const sexes = published.filter((value) => value.group !== 'ALL').map((value) => value.status);
  // Complementary suppression withholds it only when exactly one sex is withheld and the other published.
  const derivable = sexes.filter((s) => s === 'SUPPRESSED').length === 1 && sexes.includes('REPORTED');
  expect(published.find((value) => value.group === 'ALL')).toEqual(
    derivable
      ? { year: cell.year, group: 'ALL', status: 'SUPPRESSED', value: null, pupilCount: null }
      : { year: cell.year, group: 'ALL', status: 'REPORTED', value: 200.5, pupilCount: 40 },
  );
  expect(await importFile(file)).toMatchObject({ committed: true, updated: 0, unchanged: 1 });
});

test('a row the checks pass but a table constraint refuses is named at its line and column; nothing is written', async () => {
  // A constraint stricter than the importer's checks stands in for a check we failed to write.
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
  await strict(`pupil_count >= 0 AND pupil_count <> 33`);
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
