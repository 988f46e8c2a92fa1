import 'reflect-metadata';
import { startSubgraph } from '@lagesbild/subgraph-kit';
import { importFile, propertyRuns, useSubgraphOnOwnDatabase, type ImportAnswer } from '@lagesbild/test-utils';
import fc from 'fast-check';
import { interventionsSubgraph } from '../subgraph';
import { badRowsOf } from './importSteps';

// Property-based tests of the follow-ups import (issue #17): sequences of files over follow-ups of the demo data's
// ongoing interventions, planned, completed later, revised, with bad cells and duplicates, checked after every file
// against a model (the last accepted row per intervention and due date) and against what the API serves. The
// subgraph runs on a database of its own, seeded with the demo data, which no other test file reads.
const subgraph = useSubgraphOnOwnDatabase('interventions', (env) => startSubgraph(interventionsSubgraph, env));
const sql = <T>(query: string, params: unknown[] = []) => subgraph().sql<T>(query, params);

const HEADER = 'intervention_reference,due_on,completed_on,assessment,next_step';
const DUE = ['2026-01-15', '2026-06-15', '2027-01-15'];
// After every demo intervention's start (2015 at the earliest), and before today.
const COMPLETED = ['2025-12-01', '2026-03-10'];
const ASSESSMENTS = { NO_EFFECT: 'ingen effekt', SOME_EFFECT: 'viss effekt', CLEAR_EFFECT: 'tydlig effekt' };
const NEXT_STEPS = ['', 'Handledning fortsätter.', 'Ny uppföljning, med rektor; i vår.'];
const BAD = {
  'unknown intervention': 'intervention_reference',
  'no such date': 'due_on',
  'done without an assessment': 'assessment',
  'an assessment without the date done': 'assessment',
  'done in the future': 'completed_on',
} as const;
type BadKind = keyof typeof BAD;

interface FollowUp {
  completedOn: string | null;
  assessment: string | null;
  nextStep: string | null;
}

const row = fc.record({
  intervention: fc.nat({ max: 1 }),
  dueOn: fc.constantFrom(...DUE),
  completion: fc.option(
    fc.record({
      on: fc.constantFrom(...COMPLETED),
      assessment: fc.constantFrom(...(Object.keys(ASSESSMENTS) as (keyof typeof ASSESSMENTS)[])),
      swedish: fc.boolean(),
    }),
    { nil: null },
  ),
  nextStep: fc.constantFrom(...NEXT_STEPS),
});
const step = fc.record({
  rows: fc.array(row, { minLength: 1, maxLength: 5 }),
  bad: badRowsOf(Object.keys(BAD) as BadKind[]),
  skipInvalid: fc.boolean(),
});
type Step = typeof step extends fc.Arbitrary<infer T> ? T : never;

/** Two ongoing interventions of the demo data, which follow-ups may be recorded for. */
let references: string[] = [];
beforeAll(async () => {
  references = (
    await sql<{ reference: string }>(
      `SELECT reference FROM intervention WHERE status = 'ONGOING' AND started_on < '2025-12-01'
       ORDER BY reference LIMIT 2`,
    )
  ).map((intervention) => intervention.reference);
  expect(references).toHaveLength(2);
});

const quote = (field: string) => (/[",\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field);
const csvLine = (fields: string[]) => fields.map(quote).join(',');

interface Line {
  text: string;
  key: string;
  followUp: FollowUp | null;
  badColumn: string | null;
}

function linesOf({ rows, bad }: Step): Line[] {
  const lines = rows.map(({ intervention, dueOn, completion, nextStep }): Line => {
    const reference = references[intervention];
    const assessment = completion && (completion.swedish ? ASSESSMENTS[completion.assessment] : completion.assessment);
    return {
      text: csvLine([reference, dueOn, completion?.on ?? '', assessment ?? '', nextStep]),
      key: `${reference} ${dueOn}`,
      followUp: {
        completedOn: completion?.on ?? null,
        assessment: completion?.assessment ?? null,
        nextStep: nextStep || null,
      },
      badColumn: null,
    };
  });
  bad.forEach(({ at, kind }, i) => {
    // Due dates no good row has, one for each bad row, so that a bad row never shares a good one's key.
    const fields = [references[0], `2031-01-0${i + 1}`, '2026-03-10', 'SOME_EFFECT', ''];
    if (kind === 'unknown intervention') fields[0] = 'GBG-2026-8999';
    if (kind === 'no such date') fields[1] = `2031-13-0${i + 1}`;
    if (kind === 'done without an assessment') fields[3] = '';
    if (kind === 'an assessment without the date done') fields[2] = '';
    if (kind === 'done in the future') fields[2] = '2099-01-01';
    lines.splice(at % (lines.length + 1), 0, {
      text: csvLine(fields),
      key: `${fields[0]} ${fields[1]}`,
      followUp: null,
      badColumn: BAD[kind],
    });
  });
  return lines;
}

async function storedFollowUps(): Promise<Map<string, FollowUp>> {
  const rows = await sql<FollowUp & { reference: string; dueOn: string }>(
    `SELECT i.reference, f.due_on::text AS "dueOn", f.completed_on::text AS "completedOn", f.assessment,
            f.next_step AS "nextStep"
     FROM follow_up f JOIN intervention i ON i.id = f.intervention_id
     WHERE i.reference = ANY($1) AND f.due_on::text = ANY($2)`,
    [references, DUE],
  );
  return new Map(rows.map(({ reference, dueOn, ...followUp }) => [`${reference} ${dueOn}`, followUp]));
}

/** The follow-ups the API serves for the two interventions, of the due dates the files write. */
async function servedFollowUps(): Promise<Map<string, FollowUp>> {
  const answer = await subgraph().query<Record<string, { followUps: (FollowUp & { dueOn: string })[] }>>(
    `{ ${references.map((reference, i) => `i${i}: interventionByReference(reference: "${reference}") { followUps { dueOn completedOn assessment nextStep } }`).join(' ')} }`,
  );
  expect(answer.errors).toBeUndefined();
  return new Map(
    references.flatMap((reference, i) =>
      answer
        .data![`i${i}`].followUps.filter((followUp) => DUE.includes(followUp.dueOn))
        .map(({ dueOn, ...followUp }) => [`${reference} ${dueOn}`, followUp] as const),
    ),
  );
}

const issuesOf = (report: ImportAnswer) => report.issues.map((issue) => `${issue.line} ${issue.column}`).sort();
const same = (a: FollowUp | undefined, b: FollowUp) => JSON.stringify(a) === JSON.stringify(b);

async function importAndCheck(model: Map<string, FollowUp>, file: Step) {
  const lines = linesOf(file);
  const text = [HEADER, ...lines.map((line) => line.text)].join('\n');
  const expected: string[] = [];
  const good: Line[] = [];
  const seen = new Set<string>();
  lines.forEach((line, i) => {
    if (line.badColumn) expected.push(`${i + 2} ${line.badColumn}`);
    else if (seen.has(line.key)) expected.push(`${i + 2} intervention_reference, due_on`);
    else good.push(line);
    seen.add(line.key);
  });
  expected.sort();
  const commits = expected.length === 0 || file.skipInvalid;

  const report = await importFile(subgraph().url, 'importFollowUps', text, file.skipInvalid);
  expect(issuesOf(report)).toEqual(expected);
  expect(report.committed).toBe(commits);
  const counts = { inserted: 0, updated: 0, unchanged: 0 };
  if (commits) {
    for (const line of good) {
      const before = model.get(line.key);
      counts[before === undefined ? 'inserted' : same(before, line.followUp!) ? 'unchanged' : 'updated'] += 1;
      model.set(line.key, line.followUp!);
    }
  }
  expect({ inserted: report.inserted, updated: report.updated, unchanged: report.unchanged }).toEqual(counts);
  expect(await storedFollowUps()).toEqual(model);

  const again = await importFile(subgraph().url, 'importFollowUps', text, file.skipInvalid);
  expect(issuesOf(again)).toEqual(expected);
  expect(again).toMatchObject({ committed: commits, inserted: 0, updated: 0, unchanged: commits ? good.length : 0 });
  expect(await servedFollowUps()).toEqual(model);
}

test('any sequence of follow-up files imports as the model says, and the API serves what is stored', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 4 }), async (steps) => {
      // Each run starts from what is stored, which the runs before it have checked.
      const model = await storedFollowUps();
      for (const file of steps) await importAndCheck(model, file);
    }),
    { numRuns: propertyRuns(12) },
  );
}, 600_000);
