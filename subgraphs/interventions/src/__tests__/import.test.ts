import { repoRoot } from '@lagesbild/platform';
import { ADMIN, postToSubgraph } from '@lagesbild/test-utils';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { useOfficeStaffSubgraphs } from './officeStaff';

const subgraph = useOfficeStaffSubgraphs();

interface Report {
  committed: boolean;
  inserted: number;
  updated: number;
  unchanged: number;
  rejectedLines: number[];
  issues: { line: number; column: string | null; code: string; message: string }[];
}

const REPORT = 'committed inserted updated unchanged rejectedLines issues { line column code message }';
const example = (name: string) => readFileSync(path.join(repoRoot, 'examples/import', name), 'utf8');

async function importTo(url: string, mutation: string, content: string): Promise<Report> {
  const answer = await postToSubgraph<{ report: Report }>(
    url,
    `mutation ($file: String!) { report: ${mutation}(fileBase64: $file) { ${REPORT} } }`,
    { file: Buffer.from(content).toString('base64') },
    ADMIN,
  );
  expect(answer.errors).toBeUndefined();
  return answer.data!.report;
}
const importInterventions = (content: string) => importTo(subgraph().url, 'importInterventions', content);
const importFollowUps = (content: string) => importTo(subgraph().url, 'importFollowUps', content);

const HEADER = example('interventions.csv').split('\n')[0];

beforeAll(async () => {
  // The example interventions are for the example organisers and schools, which the schools subgraph owns.
  const schools = process.env.SCHOOLS_SUBGRAPH_URL as string;
  for (const [mutation, file] of [
    ['importOrganisers', 'organisers.csv'],
    ['importSchools', 'schools.csv'],
  ]) {
    expect((await importTo(schools, mutation, example(file))).committed).toBe(true);
  }
});

test('the example interventions and follow-ups import, and importing them again changes nothing', async () => {
  expect(await importInterventions(example('interventions.csv'))).toMatchObject({
    committed: true,
    inserted: 4,
    issues: [],
  });
  expect(await importFollowUps(example('follow-ups.csv'))).toMatchObject({ committed: true, inserted: 3, issues: [] });
  expect(await importInterventions(example('interventions.csv'))).toMatchObject({
    inserted: 0,
    updated: 0,
    unchanged: 4,
  });
  expect(await importFollowUps(example('follow-ups.csv'))).toMatchObject({ inserted: 0, updated: 0, unchanged: 3 });

  const answer = await postToSubgraph<{
    interventionByReference: { status: string; schools: { id: string }[]; followUps: { status: string }[] };
  }>(
    subgraph().url,
    `{ interventionByReference(reference: "GBG-2026-9001") { status schools { id } followUps { status } } }`,
  );
  expect(answer.data!.interventionByReference.status).toBe('ONGOING');
  expect(answer.data!.interventionByReference.schools).toHaveLength(2);
  expect(answer.data!.interventionByReference.followUps.map((f) => f.status)[0]).toBe('DONE');
});

test('a re-import may add the steps taken since, but not rewrite a recorded one', async () => {
  const offered = example('interventions.csv')
    .split('\n')
    .find((line) => line.startsWith('LUL-2026-9001')) as string;
  const accepted = offered.replace('OFFERED,2026-09-01,2026-09-10,,', 'ACCEPTED,2026-09-01,2026-09-10,2026-09-20,');
  expect(await importInterventions(`${HEADER}\n${accepted}`)).toMatchObject({ committed: true, updated: 1 });

  const rewritten = accepted.replace('2026-09-10', '2026-09-11');
  const report = await importInterventions(`${HEADER}\n${rewritten}`);
  expect(report.committed).toBe(false);
  expect(report.issues).toEqual([
    expect.objectContaining({
      line: 2,
      column: 'offered_on',
      code: 'LIFECYCLE_VIOLATION',
      message: expect.stringMatching(/cannot be changed/),
    }),
  ]);
});

test('rows that break the lifecycle, the office map or the organiser’s schools are refused, with nothing written', async () => {
  const rows = [
    'GBG-2026-9101,ADVICE,REQUEST,559412-7317,,GBG,ONGOING,2026-02-02,2026-02-16,2026-03-01,,,,,', // no started_on
    'XYZ-2026-9102,ADVICE,REQUEST,559412-7317,,XYZ,IDENTIFIED,2026-02-02,,,,,,,', // no such office
    'GBG-2025-9103,ADVICE,REQUEST,559412-7317,,GBG,IDENTIFIED,2026-02-02,,,,,,,', // year of reference ≠ year identified
    'GBG-2026-9104,ADVICE,REQUEST,559999-9998,,GBG,IDENTIFIED,2026-02-02,,,,,,,', // no such organiser
    'GBG-2026-9105,ADVICE,REQUEST,559412-7317,31400103,GBG,IDENTIFIED,2026-02-02,,,,,,,', // another organiser's school
    'GBG-2026-9106,ADVICE,REQUEST,559412-7317,,GBG,OFFERED,2026-02-02,2026-01-20,,,,,,', // offered before identified
    'GBG-2026-9107,ADVICE,REQUEST,559412-7317,,GBG,IDENTIFIED,2099-01-01,,,,,,,', // in the future
  ];
  const report = await importInterventions([HEADER, ...rows].join('\n'));
  expect(report.committed).toBe(false);
  expect(report.inserted).toBe(0);
  const byLine = new Map<number, { column: string | null; code: string }[]>();
  for (const issue of report.issues) byLine.set(issue.line, [...(byLine.get(issue.line) ?? []), issue]);
  expect(byLine.get(2)).toContainEqual(expect.objectContaining({ column: 'status', code: 'LIFECYCLE_VIOLATION' }));
  expect(byLine.get(3)).toContainEqual(expect.objectContaining({ column: 'office_id', code: 'UNKNOWN_REFERENCE' }));
  expect(byLine.get(4)).toContainEqual(expect.objectContaining({ column: 'reference', code: 'INVALID_VALUE' }));
  expect(byLine.get(5)).toContainEqual(
    expect.objectContaining({ column: 'organisation_number', code: 'UNKNOWN_REFERENCE' }),
  );
  expect(byLine.get(6)).toContainEqual(
    expect.objectContaining({ column: 'school_unit_codes', code: 'UNKNOWN_REFERENCE' }),
  );
  expect(byLine.get(7)).toContainEqual(expect.objectContaining({ column: 'status', code: 'LIFECYCLE_VIOLATION' }));
  expect(byLine.get(8)).toContainEqual(expect.objectContaining({ column: 'status', code: 'LIFECYCLE_VIOLATION' }));
  expect(report.rejectedLines).toEqual([2, 3, 4, 5, 6, 7, 8]);
});

test('follow-ups need a started intervention that exists, and an assessment when done', async () => {
  const report = await importFollowUps(
    [
      'intervention_reference,due_on,completed_on,assessment,next_step',
      'ZZZ-2026-0001,2026-06-01,,,', // no such intervention
      'SOL-2026-9001,2026-12-01,,,', // only identified
      'GBG-2026-9001,2027-01-15,2026-05-01,,', // done without an assessment
      'GBG-2026-9001,2027-02-15,2099-01-01,NO_EFFECT,', // done in the future
    ].join('\n'),
  );
  expect(report.committed).toBe(false);
  expect(report.issues.map(({ line, column, code }) => ({ line, column, code }))).toEqual([
    { line: 2, column: 'intervention_reference', code: 'UNKNOWN_REFERENCE' },
    { line: 3, column: 'intervention_reference', code: 'LIFECYCLE_VIOLATION' },
    { line: 4, column: 'assessment', code: 'INVALID_VALUE' },
    { line: 5, column: 'completed_on', code: 'LIFECYCLE_VIOLATION' },
  ]);
});

/** An intervention of the example organiser, as the API serves it, with its follow-ups. */
async function interventionOf(reference: string) {
  const answer = await postToSubgraph<{
    interventionByReference: { status: string; followUps: { dueOn: string; status: string }[] };
  }>(subgraph().url, `{ interventionByReference(reference: "${reference}") { status followUps { dueOn status } } }`);
  expect(answer.errors).toBeUndefined();
  return answer.data!.interventionByReference;
}

test('an intervention gains every step taken since, several in one re-import, and then its completion', async () => {
  // An intervention of this test's own, so that the example's stay as shipped for the others.
  const row = (steps: string) => `${HEADER}\nGBG-2026-9201,ADVICE,REQUEST,559412-7317,,GBG,${steps}\n`;
  expect(await importInterventions(row('IDENTIFIED,2026-02-02,,,,,,,'))).toMatchObject({
    committed: true,
    inserted: 1,
  });
  expect((await interventionOf('GBG-2026-9201')).status).toBe('IDENTIFIED');

  const ongoing = row('ONGOING,2026-02-02,2026-02-16,2026-03-01,,2026-03-15,,,');
  expect(await importInterventions(ongoing)).toMatchObject({ committed: true, inserted: 0, updated: 1, issues: [] });
  expect((await interventionOf('GBG-2026-9201')).status).toBe('ONGOING');

  const completed = row('COMPLETED,2026-02-02,2026-02-16,2026-03-01,,2026-03-15,2026-11-30,,');
  expect(await importInterventions(completed)).toMatchObject({ committed: true, updated: 1, issues: [] });
  expect((await interventionOf('GBG-2026-9201')).status).toBe('COMPLETED');
  expect(await importInterventions(completed)).toMatchObject({ updated: 0, unchanged: 1 });
});

test('a follow-up imported as planned and completed in a later file is updated, not added', async () => {
  const intervention = `${HEADER}\nGBG-2026-9202,ADVICE,REQUEST,559412-7317,,GBG,ONGOING,2026-02-02,2026-02-16,2026-03-01,,2026-03-15,,,\n`;
  expect(await importInterventions(intervention)).toMatchObject({ committed: true, issues: [] });
  const followUp = (completion: string) =>
    `intervention_reference,due_on,completed_on,assessment,next_step\nGBG-2026-9202,2027-01-15,${completion}\n`;
  expect(await importFollowUps(followUp(',,'))).toMatchObject({ committed: true, inserted: 1, issues: [] });
  // Open: how soon it is due depends on today's date.
  expect((await interventionOf('GBG-2026-9202')).followUps).toEqual([
    { dueOn: '2027-01-15', status: expect.stringMatching(/^(NOT_DUE|DUE_SOON|OVERDUE)$/) },
  ]);

  const done = followUp('2026-12-01,SOME_EFFECT,Handledningen fortsätter.');
  expect(await importFollowUps(done)).toMatchObject({ committed: true, inserted: 0, updated: 1, issues: [] });
  expect((await interventionOf('GBG-2026-9202')).followUps).toEqual([{ dueOn: '2027-01-15', status: 'DONE' }]);
  expect(await importFollowUps(done)).toMatchObject({ updated: 0, unchanged: 1 });
});
