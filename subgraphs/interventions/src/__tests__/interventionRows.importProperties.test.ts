import 'reflect-metadata';
import {
  DATE_OF_STATUS,
  LIFECYCLE_DATE_FIELDS,
  schoolIdOf,
  type LifecycleDateField,
  type LifecycleRecord,
  type LifecycleStatus,
} from '@lagesbild/domain';
import { startSubgraph } from '@lagesbild/subgraph-kit';
import {
  ANALYST,
  importFile,
  postToSubgraph,
  propertyRuns,
  useSiblingSubgraph,
  useSubgraphOnOwnDatabase,
  type ImportAnswer,
} from '@lagesbild/test-utils';
import fc from 'fast-check';
import { DATE_COLUMNS } from '../import/interventionColumns';
import { movedRecord } from '../services/interventionRules';
import { interventionsSubgraph } from '../subgraph';
import { badRowsOf } from './importSteps';
import { pathTo } from './lifecyclePath';

// Property-based tests of the interventions import (issue #17): sequences of files over three new case references,
// each row at any status of the lifecycle, so that a re-import gains the steps taken since, or tries to take back a
// step already recorded (refused, by the step's column), with bad cells and duplicates among them. After every file
// the stored rows must equal a model (the last accepted row per reference), and the API must serve them. The
// organiser and its schools come from the schools subgraph over the test run's shared database, which is only read;
// the interventions subgraph runs on a database of its own.
const schools = useSiblingSubgraph('schools');
const subgraph = useSubgraphOnOwnDatabase('interventions', (env) => startSubgraph(interventionsSubgraph, env));
const sql = <T>(query: string, params: unknown[] = []) => subgraph().sql<T>(query, params);

const OFFICE = 'GBG';
const REFERENCES = ['GBG-2024-9001', 'GBG-2024-9002', 'GBG-2024-9003'];
const HEADER = ['reference', 'kind', 'origin', 'organisation_number', 'school_unit_codes', 'office_id', 'status'];
const DATE_NAMES = LIFECYCLE_DATE_FIELDS.map((field) => DATE_COLUMNS[field]);
/** Each step on its own day, the same for every row, so that a step written again is the step recorded. */
const DAY_OF_STEP: Record<LifecycleDateField, string> = {
  identifiedOn: '2024-02-01',
  offeredOn: '2024-03-01',
  acceptedOn: '2024-04-01',
  declinedOn: '2024-04-02',
  startedOn: '2024-05-01',
  completedOn: '2024-09-01',
  followedUpOn: '2025-01-15',
  cancelledOn: '2025-02-01',
};
const STATUSES = Object.keys(DATE_OF_STATUS) as LifecycleStatus[];
const BAD = {
  'unknown organiser': 'organisation_number',
  "another organiser's school": 'school_unit_codes',
  'no such date': 'identified_on',
  'a status without its dates': 'status',
  'unknown office': 'office_id',
  "another office's reference": 'reference',
} as const;
type BadKind = keyof typeof BAD;

/** An intervention as the model holds it and as it is read back: the file's columns, dates by column. */
interface Intervention {
  kind: string;
  origin: string;
  status: string;
  dates: Record<string, string | null>;
  schools: string[];
}

const row = fc.record({
  reference: fc.nat({ max: REFERENCES.length - 1 }),
  status: fc.constantFrom(...STATUSES),
  kind: fc.constantFrom('ADVICE', 'TRAINING', 'STUDENT_HEALTH', 'elevhälsa'),
  origin: fc.constantFrom('OUTREACH', 'REQUEST', 'förfrågan'),
  schools: fc.subarray([0, 1, 2]),
});
const step = fc.record({
  rows: fc.array(row, { minLength: 1, maxLength: 5 }),
  bad: badRowsOf(Object.keys(BAD) as BadKind[]),
  skipInvalid: fc.boolean(),
});
type Step = typeof step extends fc.Arbitrary<infer T> ? T : never;

/** The demo organiser the files are about, with three of its schools, and a school of another organiser. */
let organiser: { number: string; unitCodes: string[] };
let strangerSchool: string;
beforeAll(async () => {
  const answer = await postToSubgraph<{
    organisers: { nodes: { organisationNumber: string; schools: { unitCode: string }[] }[] };
  }>(schools(), '{ organisers(first: 100) { nodes { organisationNumber schools { unitCode } } } }', {}, ANALYST);
  expect(answer.errors).toBeUndefined();
  const nodes = answer.data!.organisers.nodes;
  const found = nodes.find((node) => node.schools.length >= 3)!;
  expect(found).toBeDefined();
  organiser = { number: found.organisationNumber, unitCodes: found.schools.slice(0, 3).map((s) => s.unitCode) };
  strangerSchool = nodes.find((node) => node !== found && node.schools.length > 0)!.schools[0].unitCode;
});

/** The dates of a record at `status`, each step on its day, by column. */
function datesAt(status: LifecycleStatus): Record<string, string | null> {
  const undated = Object.fromEntries(LIFECYCLE_DATE_FIELDS.map((field) => [field, null]));
  const identified = { ...undated, status: 'IDENTIFIED', identifiedOn: DAY_OF_STEP.identifiedOn } as LifecycleRecord;
  const record = pathTo(status).reduce(
    (current, to) => movedRecord(current, to, DAY_OF_STEP[DATE_OF_STATUS[to]]),
    identified,
  );
  return Object.fromEntries(LIFECYCLE_DATE_FIELDS.map((field) => [DATE_COLUMNS[field], record[field]]));
}

const CODES: Record<string, string> = { elevhälsa: 'STUDENT_HEALTH', förfrågan: 'REQUEST' };
const quote = (field: string) => (/[",\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field);
const csvLine = (fields: string[]) => fields.map(quote).join(',');

interface Line {
  text: string;
  reference: string;
  intervention: Intervention | null;
  badColumn: string | null;
}

function lineOf(reference: string, intervention: Intervention, overrides: Partial<Record<string, string>> = {}) {
  const fields: Record<string, string> = {
    reference,
    kind: intervention.kind,
    origin: intervention.origin,
    organisation_number: organiser.number,
    school_unit_codes: intervention.schools.join(' '),
    office_id: OFFICE,
    status: intervention.status,
    ...Object.fromEntries(DATE_NAMES.map((name) => [name, intervention.dates[name] ?? ''])),
    ...overrides,
  };
  return csvLine([...HEADER, ...DATE_NAMES].map((name) => fields[name]));
}

function linesOf({ rows, bad }: Step): Line[] {
  const lines = rows.map((generated): Line => {
    const written: Intervention = {
      kind: generated.kind,
      origin: generated.origin,
      status: generated.status,
      dates: datesAt(generated.status),
      schools: generated.schools.map((i) => organiser.unitCodes[i]),
    };
    const reference = REFERENCES[generated.reference];
    const stored = {
      ...written,
      kind: CODES[written.kind] ?? written.kind,
      origin: CODES[written.origin] ?? written.origin,
      schools: [...written.schools].sort(),
    };
    return { text: lineOf(reference, written), reference, intervention: stored, badColumn: null };
  });
  bad.forEach(({ at, kind }, i) => {
    // References no good row has, one for each bad row, so that a bad row never shares a good one's key.
    const reference = `GBG-2024-950${i + 1}`;
    const base: Intervention = {
      kind: 'ADVICE',
      origin: 'OUTREACH',
      status: 'OFFERED',
      dates: datesAt('OFFERED'),
      schools: [organiser.unitCodes[0]],
    };
    const overrides: Record<BadKind, Partial<Record<string, string>>> = {
      'unknown organiser': { organisation_number: '999999-9999' },
      "another organiser's school": { school_unit_codes: `${organiser.unitCodes[0]} ${strangerSchool}` },
      'no such date': { identified_on: '2024-13-01' },
      'a status without its dates': { status: 'ONGOING' },
      'unknown office': { office_id: 'XYZ' },
      "another office's reference": { reference: `UME-2024-950${i + 1}` },
    };
    lines.splice(at % (lines.length + 1), 0, {
      text: lineOf(reference, base, overrides[kind]),
      reference: overrides[kind].reference ?? reference,
      intervention: null,
      badColumn: BAD[kind],
    });
  });
  return lines;
}

async function storedInterventions(): Promise<Map<string, Intervention>> {
  const rows = await sql<Record<string, string | null> & { reference: string; schools: string[] }>(
    `SELECT i.reference, i.kind, i.origin, i.status, ${DATE_NAMES.map((name) => `i.${name}::text`).join(', ')},
            coalesce(array_agg(s.school_id::text) FILTER (WHERE s.school_id IS NOT NULL), '{}') AS schools
     FROM intervention i LEFT JOIN intervention_school s ON s.intervention_id = i.id
     WHERE i.reference = ANY($1) GROUP BY i.id`,
    [REFERENCES],
  );
  return new Map(
    rows.map((stored) => [
      stored.reference,
      {
        kind: stored.kind!,
        origin: stored.origin!,
        status: stored.status!,
        dates: Object.fromEntries(DATE_NAMES.map((name) => [name, stored[name]])),
        schools: stored.schools.map((id) => unitCodeOf(id)).sort(),
      },
    ]),
  );
}

/** The files write the organiser's three schools only; ids are read back as their codes. */
function unitCodeOf(schoolId: string): string {
  return organiser.unitCodes.find((code) => schoolIdOf(code) === schoolId) ?? schoolId;
}

/** The interventions the API serves under the three references. */
async function servedInterventions(): Promise<Map<string, Intervention>> {
  const fields = LIFECYCLE_DATE_FIELDS.join(' ');
  type Served = Record<string, string | null> & { kind: string; origin: string; status: string };
  const answer = await subgraph().query<Record<string, (Served & { schools: { id: string }[] }) | null>>(
    `{ ${REFERENCES.map((reference, i) => `i${i}: interventionByReference(reference: "${reference}") { kind origin status ${fields} schools { id } }`).join(' ')} }`,
  );
  expect(answer.errors).toBeUndefined();
  return new Map(
    REFERENCES.flatMap((reference, i) => {
      const served = answer.data![`i${i}`];
      if (!served) return [];
      const intervention: Intervention = {
        kind: served.kind,
        origin: served.origin,
        status: served.status,
        dates: Object.fromEntries(LIFECYCLE_DATE_FIELDS.map((field) => [DATE_COLUMNS[field], served[field]])),
        schools: served.schools.map((school) => unitCodeOf(school.id)).sort(),
      };
      return [[reference, intervention] as const];
    }),
  );
}

const issuesOf = (report: ImportAnswer) => [...new Set(report.issues.map((i) => `${i.line} ${i.column}`))].sort();
const same = (a: Intervention | undefined, b: Intervention) => JSON.stringify(a) === JSON.stringify(b);
/** The steps recorded for `before` that `after` leaves out: an import may add steps, never take one back. */
const takenBack = (before: Intervention | undefined, after: Intervention) =>
  DATE_NAMES.filter((name) => before?.dates[name] != null && after.dates[name] !== before.dates[name]);

async function importAndCheck(model: Map<string, Intervention>, file: Step) {
  const lines = linesOf(file);
  const text = [[...HEADER, ...DATE_NAMES].join(','), ...lines.map((line) => line.text)].join('\n');
  const expected = new Set<string>();
  const good: Line[] = [];
  const seen = new Set<string>();
  lines.forEach((line, i) => {
    if (line.badColumn) expected.add(`${i + 2} ${line.badColumn}`);
    else if (seen.has(line.reference)) expected.add(`${i + 2} reference`);
    else {
      const columns = takenBack(model.get(line.reference), line.intervention!);
      for (const column of columns) expected.add(`${i + 2} ${column}`);
      if (columns.length === 0) good.push(line);
    }
    seen.add(line.reference);
  });
  const commits = expected.size === 0 || file.skipInvalid;

  const report = await importFile(subgraph().url, 'importInterventions', text, file.skipInvalid);
  expect(issuesOf(report)).toEqual([...expected].sort());
  expect(report.committed).toBe(commits);
  const counts = { inserted: 0, updated: 0, unchanged: 0 };
  if (commits) {
    for (const line of good) {
      const before = model.get(line.reference);
      counts[before === undefined ? 'inserted' : same(before, line.intervention!) ? 'unchanged' : 'updated'] += 1;
      model.set(line.reference, line.intervention!);
    }
  }
  expect({ inserted: report.inserted, updated: report.updated, unchanged: report.unchanged }).toEqual(counts);
  expect(await storedInterventions()).toEqual(model);

  const again = await importFile(subgraph().url, 'importInterventions', text, file.skipInvalid);
  expect(issuesOf(again)).toEqual([...expected].sort());
  expect(again).toMatchObject({ committed: commits, inserted: 0, updated: 0, unchanged: commits ? good.length : 0 });
  expect(await servedInterventions()).toEqual(model);
}

test('any sequence of intervention files imports as the model says, and the API serves what is stored', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 4 }), async (steps) => {
      // Each run starts from what is stored, which the runs before it have checked.
      const model = await storedInterventions();
      for (const file of steps) await importAndCheck(model, file);
    }),
    { numRuns: propertyRuns(10) },
  );
}, 600_000);
