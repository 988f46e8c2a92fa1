import 'reflect-metadata';
import { generateDemoData } from '@lagesbild/demo-data';
import { organiserIdOf } from '@lagesbild/domain';
import { startSubgraph } from '@lagesbild/subgraph-kit';
import {
  importFile,
  propertyRuns,
  TEST_DEMO_SCALE,
  useSubgraphOnOwnDatabase,
  type ImportAnswer,
} from '@lagesbild/test-utils';
import fc from 'fast-check';
import { schoolsSubgraph } from '../subgraph';

// Property-based tests of the organisers and schools imports (issue #17): sequences of register files over the
// demo data's organisers and schools, with random names, types, municipalities, school forms, organisers and bad
// cells, checked after every file against a model (the last accepted row per natural key) and against what the API
// serves. The subgraph runs on a database of its own, seeded with the demo data, so that the demo rows revised here
// are seen by no other test file.
const subgraph = useSubgraphOnOwnDatabase('schools', (env) => startSubgraph(schoolsSubgraph, env));
const sql = <T>(query: string, params: unknown[] = []) => subgraph().sql<T>(query, params);

const demo = generateDemoData({ scale: TEST_DEMO_SCALE });
const municipal = demo.organisers.filter((organiser) => organiser.type === 'MUNICIPAL');
const independent = demo.organisers.filter((organiser) => organiser.type !== 'MUNICIPAL');
// The organisers and schools the files revise; organisers of the demo data beyond them give bad rows keys of their
// own, so that a bad row never stands beside a good one of the same key.
const ORGANISERS = [...municipal.slice(0, 2), ...independent.slice(0, 2)].map((o) => o.organisationNumber);
const OTHER_ORGANISERS = [...municipal.slice(2, 5)].map((o) => o.organisationNumber);
const SCHOOLS = demo.schools.slice(0, 4).map((school) => school.unitCode);
const MUNICIPALITIES = ['0114', '0115', '0180', '1480'];
const NAMES = ['Norra skolan', 'Södra Skolor AB', 'Ängsskolan', 'Kommunens skolor', 'Älvdalens skolor'];
const TYPES = { MUNICIPAL: ['MUNICIPAL', 'kommunal'], INDEPENDENT: ['INDEPENDENT', 'enskild'] };
const FORMS = { GRUNDSKOLA: ['GRUNDSKOLA', 'grundskola'], GYMNASIESKOLA: ['GYMNASIESKOLA', 'gymnasieskola'] };

interface Organiser {
  name: string;
  type: string;
  municipalityCode: string;
}
interface School {
  name: string;
  schoolForm: string;
  municipalityCode: string;
  organisationNumber: string;
}

const organiserRow = fc.record({
  number: fc.constantFrom(...ORGANISERS),
  name: fc.constantFrom(...NAMES),
  spelling: fc.nat({ max: 1 }),
  municipalityCode: fc.constantFrom(...MUNICIPALITIES),
});
const schoolRow = fc.record({
  unitCode: fc.constantFrom(...SCHOOLS),
  name: fc.constantFrom(...NAMES),
  form: fc.constantFrom('GRUNDSKOLA', 'GYMNASIESKOLA'),
  spelling: fc.nat({ max: 1 }),
  municipalityCode: fc.constantFrom(...MUNICIPALITIES),
  organiser: fc.constantFrom(...ORGANISERS),
});

/** Bad cells, each breaking one column of an otherwise good row, with the column the import must name. */
const BAD_ORGANISER = {
  'wrong check digit': 'organisation_number',
  'empty name': 'name',
  'type X': 'type',
  'municipality 9999': 'municipality_code',
} as const;
const BAD_SCHOOL = {
  'seven-digit unit code': 'unit_code',
  'empty name': 'name',
  'school form X': 'school_form',
  'municipality 9999': 'municipality_code',
  'organiser not imported': 'organisation_number',
} as const;
const bad = <K extends string>(kinds: Record<K, string>) =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constant([] as { at: number; kind: K }[]) },
    {
      weight: 2,
      arbitrary: fc.array(fc.record({ at: fc.nat(), kind: fc.constantFrom(...(Object.keys(kinds) as K[])) }), {
        minLength: 1,
        maxLength: 3,
      }),
    },
  );
const step = fc.oneof(
  fc.record({
    kind: fc.constant('Organisers' as const),
    rows: fc.array(organiserRow, { minLength: 1, maxLength: 5 }),
    bad: bad(BAD_ORGANISER),
    skipInvalid: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant('Schools' as const),
    rows: fc.array(schoolRow, { minLength: 1, maxLength: 5 }),
    bad: bad(BAD_SCHOOL),
    skipInvalid: fc.boolean(),
  }),
);
type Step = typeof step extends fc.Arbitrary<infer T> ? T : never;

interface Line {
  text: string;
  key: string;
  row: Organiser | School | null;
  badColumn: string | null;
}

const typeOf = (number: string) => (number.startsWith('2120') ? 'MUNICIPAL' : 'INDEPENDENT');

function linesOf(file: Step): Line[] {
  if (file.kind === 'Organisers') {
    const lines = file.rows.map(({ number, name, spelling, municipalityCode }): Line => {
      const type = typeOf(number);
      return {
        text: [number, name, TYPES[type][spelling], municipalityCode].join(','),
        key: number,
        row: { name, type, municipalityCode },
        badColumn: null,
      };
    });
    file.bad.forEach(({ at, kind }, i) => {
      const number = OTHER_ORGANISERS[i];
      const fields = [number, 'Felskolan', 'MUNICIPAL', '0180'];
      if (kind === 'wrong check digit') fields[0] = number.replace(/\d$/, (digit) => String((Number(digit) + 1) % 10));
      if (kind === 'empty name') fields[1] = '';
      if (kind === 'type X') fields[2] = 'X';
      if (kind === 'municipality 9999') fields[3] = '9999';
      lines.splice(at % (lines.length + 1), 0, {
        text: fields.join(','),
        key: fields[0],
        row: null,
        badColumn: BAD_ORGANISER[kind],
      });
    });
    return lines;
  }
  const lines = file.rows.map(({ unitCode, name, form, spelling, municipalityCode, organiser }): Line => ({
    text: [unitCode, name, FORMS[form][spelling], municipalityCode, organiser].join(','),
    key: unitCode,
    row: { name, schoolForm: form, municipalityCode, organisationNumber: organiser },
    badColumn: null,
  }));
  file.bad.forEach(({ at, kind }, i) => {
    // Unit codes no school of the demo data has, one for each bad row.
    const fields = [`9900000${i}`, 'Felskolan', 'grundskola', '0180', ORGANISERS[0]];
    if (kind === 'seven-digit unit code') fields[0] = `990000${i}`;
    if (kind === 'empty name') fields[1] = '';
    if (kind === 'school form X') fields[2] = 'X';
    if (kind === 'municipality 9999') fields[3] = '9999';
    // A number with a right check digit that no organiser of the demo data has.
    if (kind === 'organiser not imported') fields[4] = '212000-0977';
    lines.splice(at % (lines.length + 1), 0, {
      text: fields.join(','),
      key: fields[0],
      row: null,
      badColumn: BAD_SCHOOL[kind],
    });
  });
  return lines;
}

const HEADERS = {
  Organisers: 'organisation_number,name,type,municipality_code',
  Schools: 'unit_code,name,school_form,municipality_code,organisation_number',
};
const KEY_COLUMN = { Organisers: 'organisation_number', Schools: 'unit_code' };

async function storedRegister() {
  const organisers = await sql<Organiser & { number: string }>(
    `SELECT organisation_number AS number, name, type, municipality_code AS "municipalityCode"
     FROM organiser WHERE organisation_number = ANY($1)`,
    [ORGANISERS],
  );
  const schools = await sql<School & { unitCode: string }>(
    `SELECT s.unit_code AS "unitCode", s.name, s.school_form AS "schoolForm", s.municipality_code AS "municipalityCode",
            o.organisation_number AS "organisationNumber"
     FROM school s JOIN organiser o ON o.id = s.organiser_id WHERE s.unit_code = ANY($1)`,
    [SCHOOLS],
  );
  return {
    Organisers: new Map<string, Organiser | School>(organisers.map(({ number, ...row }) => [number, row])),
    Schools: new Map<string, Organiser | School>(schools.map(({ unitCode, ...row }) => [unitCode, row])),
  };
}

/** What the API serves of the touched organisers and schools, in one request. */
async function servedRegister() {
  const answer = await subgraph().query<Record<string, Record<string, unknown>>>(
    `{ ${ORGANISERS.map((number, i) => `o${i}: organiser(id: "${organiserIdOf(number)}") { name type municipality { code } }`).join(' ')}
       ${SCHOOLS.map((unitCode, i) => `s${i}: schoolByUnitCode(unitCode: "${unitCode}") { name schoolForm municipality { code } organiser { organisationNumber } }`).join(' ')} }`,
  );
  expect(answer.errors).toBeUndefined();
  return answer.data!;
}

const issuesOf = (report: ImportAnswer) => report.issues.map((issue) => `${issue.line} ${issue.column}`).sort();
const same = (a: object | undefined, b: object) => JSON.stringify(a) === JSON.stringify(b);

async function importAndCheck(model: Awaited<ReturnType<typeof storedRegister>>, file: Step) {
  const lines = linesOf(file);
  const text = [HEADERS[file.kind], ...lines.map((line) => line.text)].join('\n');
  const expected: string[] = [];
  const good: Line[] = [];
  const seen = new Set<string>();
  lines.forEach((line, i) => {
    if (line.badColumn) expected.push(`${i + 2} ${line.badColumn}`);
    else if (seen.has(line.key)) expected.push(`${i + 2} ${KEY_COLUMN[file.kind]}`);
    else good.push(line);
    seen.add(line.key);
  });
  expected.sort();
  const commits = expected.length === 0 || file.skipInvalid;
  const url = subgraph().url;

  const report = await importFile(url, `import${file.kind}`, text, file.skipInvalid);
  // Never an internal error: every problem is a row's, named at its line and column.
  expect(issuesOf(report)).toEqual(expected);
  expect(
    report.issues.filter((issue) => !['INVALID_VALUE', 'UNKNOWN_REFERENCE', 'DUPLICATE'].includes(issue.code)),
  ).toEqual([]);
  expect(report.committed).toBe(commits);
  const counts = { inserted: 0, updated: 0, unchanged: 0 };
  if (commits) {
    const stored = model[file.kind];
    for (const line of good) {
      const before = stored.get(line.key);
      counts[before === undefined ? 'inserted' : same(before, line.row!) ? 'unchanged' : 'updated'] += 1;
      stored.set(line.key, line.row!);
    }
  }
  expect({ inserted: report.inserted, updated: report.updated, unchanged: report.unchanged }).toEqual(counts);
  expect(await storedRegister()).toEqual(model);

  const again = await importFile(url, `import${file.kind}`, text, file.skipInvalid);
  expect(issuesOf(again)).toEqual(expected);
  expect(again).toMatchObject({ committed: commits, inserted: 0, updated: 0, unchanged: commits ? good.length : 0 });

  // The API serves the register as stored: a school moved is under its new organiser and municipality.
  const served = await servedRegister();
  ORGANISERS.forEach((number, i) => {
    const organiser = model.Organisers.get(number) as Organiser;
    expect({ number, ...served[`o${i}`] }).toEqual({
      number,
      name: organiser.name,
      type: organiser.type,
      municipality: { code: organiser.municipalityCode },
    });
  });
  SCHOOLS.forEach((unitCode, i) => {
    const school = model.Schools.get(unitCode) as School;
    expect({ unitCode, ...served[`s${i}`] }).toEqual({
      unitCode,
      name: school.name,
      schoolForm: school.schoolForm,
      municipality: { code: school.municipalityCode },
      organiser: { organisationNumber: school.organisationNumber },
    });
  });
}

test('any sequence of organiser and school files imports as the model says, and the API serves what is stored', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 4 }), async (steps) => {
      // Each run starts from what is stored, which the runs before it have checked.
      const model = await storedRegister();
      expect([model.Organisers.size, model.Schools.size]).toEqual([ORGANISERS.length, SCHOOLS.length]);
      for (const file of steps) await importAndCheck(model, file);
    }),
    { numRuns: propertyRuns(12) },
  );
}, 600_000);
