import { runtimeDatabaseUrlVar } from '@lagesbild/platform';
import { municipalitiesInCounty, officeIdForMunicipality } from '@lagesbild/reference-data';
import {
  ADMIN,
  LEADERSHIP,
  regionalUser,
  useTestPlatform,
  withDatabaseClient,
  type GraphQLResponse,
  type TestUser,
} from '@lagesbild/test-utils';
import { randomBytes } from 'node:crypto';

// Issue #15, "from the work list to action": a regional manager plans outreach for a school of their county's
// work list, and may write nothing else. Through the gateway, and in the database under row-level security.

const platform = useTestPlatform();
const run = randomBytes(3).toString('hex');
/** Värmland's manager, with a subject of their own so that the audit log's entries are this file's. */
const manager: TestUser = { ...regionalUser('17'), subject: `outreach-17-${run}` };
const DAY = '2025-03-03';

const CREATE = `mutation ($input: NewInterventionInput!) {
  createIntervention(input: $input) { id status origin version office { id } organiser { id } schools { id } }
}`;

interface WorkListSchool {
  id: string;
  municipality: { code: string; office: { id: string } };
  organiser: { id: string };
}

const codes = (answer: GraphQLResponse) => (answer.errors ?? []).map((error) => error.extensions?.code);

async function workList(county: string): Promise<WorkListSchool[]> {
  const answer = await platform().queryAs<{ county: { highNeedNotReached: WorkListSchool[] } }>(
    LEADERSHIP,
    `query ($county: ID!) { county(code: $county) {
       highNeedNotReached { id municipality { code office { id } } organiser { id } } } }`,
    { county },
  );
  const schools = answer.data?.county.highNeedNotReached ?? [];
  if (schools.length === 0) throw new Error(`County ${county}'s work list is empty: ${JSON.stringify(answer)}`);
  return schools;
}

async function interventionCount(organiserId: string): Promise<number> {
  const answer = await platform().queryAs<{ interventions: { totalCount: number } }>(
    LEADERSHIP,
    `query ($id: ID!) { interventions(filter: { organiserId: $id }) { totalCount } }`,
    { id: organiserId },
  );
  if (!answer.data) throw new Error(JSON.stringify(answer.errors));
  return answer.data.interventions.totalCount;
}

const plan = (school: WorkListSchool, changes: Record<string, unknown> = {}) => ({
  kind: 'ADVICE',
  origin: 'OUTREACH',
  organiserId: school.organiser.id,
  schoolIds: [school.id],
  officeId: school.municipality.office.id,
  identifiedOn: DAY,
  ...changes,
});

let school: WorkListSchool;
let elsewhere: WorkListSchool;
beforeAll(async () => {
  [school] = (await workList('17')).slice(-1);
  [elsewhere] = (await workList('25')).slice(-1);
});

test('the work list names the office covering each school, from the office map', () => {
  expect(school.municipality.office.id).toBe(officeIdForMunicipality(school.municipality.code));
  expect(municipalitiesInCounty('17').map((m) => m.code)).toContain(school.municipality.code);
});

test('a regional manager plans outreach for a school of their county, recorded by its office, and it is audited', async () => {
  const answer = await platform().queryAs<{ createIntervention: Record<string, unknown> }>(manager, CREATE, {
    input: plan(school),
  });
  expect(answer.errors).toBeUndefined();
  const created = answer.data!.createIntervention;
  expect(created).toMatchObject({
    status: 'IDENTIFIED',
    origin: 'OUTREACH',
    version: 1,
    office: { id: school.municipality.office.id },
    organiser: { id: school.organiser.id },
    schools: [{ id: school.id }],
  });

  const log = await platform().queryAs<{
    auditLog: { interventions: { nodes: { role: string; subject: string; outcome: string; summary: string }[] } };
  }>(
    ADMIN,
    `query ($subject: String) { auditLog(subject: $subject, action: "createIntervention") {
       interventions(first: 10) { nodes { role subject outcome summary } } } }`,
    { subject: manager.subject },
  );
  expect(log.data!.auditLog.interventions.nodes).toEqual([
    expect.objectContaining({ role: 'regional', subject: manager.subject, outcome: 'DONE' }),
  ]);
  expect(log.data!.auditLog.interventions.nodes[0].summary).toContain(String(created.id));

  // No other write on it: no move to another status, no change, no follow-up.
  const id = created.id;
  const refused = await Promise.all([
    platform().queryAs(manager, `mutation ($id: ID!) { moveIntervention(id: $id, to: OFFERED) { id } }`, { id }),
    platform().queryAs(
      manager,
      `mutation ($id: ID!) { updateIntervention(id: $id, input: { kind: TRAINING }) { id } }`,
      {
        id,
      },
    ),
    platform().queryAs(
      manager,
      `mutation ($id: ID!) { recordFollowUp(input: { interventionId: $id, dueOn: "2027-01-15" }) { id } }`,
      { id },
    ),
  ]);
  for (const answer of refused) expect(codes(answer)).toEqual(['FORBIDDEN']);
});

describe('refused with FORBIDDEN, with nothing written', () => {
  let before: number;
  beforeEach(async () => {
    before = await interventionCount(school.organiser.id);
  });
  afterEach(async () => {
    expect(await interventionCount(school.organiser.id)).toBe(before);
  });

  test('a school of another county', async () => {
    const answer = await platform().queryAs(manager, CREATE, { input: plan(elsewhere) });
    expect(codes(answer)).toEqual(['FORBIDDEN']);
    expect(answer.errors![0].message).toMatch(/not in your counties/);
  });

  test.each(['REQUEST', 'PROGRAMME_REFERRAL'])('origin %s', async (origin) => {
    const answer = await platform().queryAs(manager, CREATE, { input: plan(school, { origin }) });
    expect(codes(answer)).toEqual(['FORBIDDEN']);
    expect(answer.errors![0].message).toMatch(/only planned outreach/);
  });

  test('an office other than the one covering the school', async () => {
    const other = school.municipality.office.id === 'UME' ? 'MAL' : 'UME';
    const answer = await platform().queryAs(manager, CREATE, { input: plan(school, { officeId: other }) });
    expect(codes(answer)).toEqual(['FORBIDDEN']);
    expect(answer.errors![0].message).toContain(school.municipality.office.id);
  });

  test('no school named', async () => {
    const answer = await platform().queryAs(manager, CREATE, { input: plan(school, { schoolIds: [] }) });
    expect(codes(answer)).toEqual(['FORBIDDEN']);
  });
});

/**
 * Inserts as the interventions subgraph's runtime role with a regional manager's scope (no office), as a request
 * sets it, bypassing the subgraph's own checks: what row-level security alone lets through.
 */
async function insertAsManager(values: { status: string; origin: string; officeId: string }): Promise<string | null> {
  const municipalities = municipalitiesInCounty('17').map((m) => m.code);
  return withDatabaseClient(process.env[runtimeDatabaseUrlVar('interventions')] as string, async (client) => {
    await client.query('BEGIN');
    try {
      await client.query(
        `SELECT set_config('lagesbild.scope_all', 'off', true), set_config('lagesbild.municipalities', $1, true)`,
        [municipalities.join(',')],
      );
      await client.query(
        `INSERT INTO organiser_area (organiser_id, municipality_code) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
        [school.organiser.id, school.municipality.code],
      );
      await client.query(
        `INSERT INTO intervention (id, reference, kind, origin, status, organiser_id, office_id, identified_on, offered_on)
         VALUES (gen_random_uuid(), $1, 'ADVICE', $2, $3, $4, $5, $6, $7)`,
        [
          `${values.officeId}-2025-9${parseInt(run, 16) % 1000}`,
          values.origin,
          values.status,
          school.organiser.id,
          values.officeId,
          DAY,
          values.status === 'OFFERED' ? DAY : null,
        ],
      );
      return null;
    } catch (error) {
      return (error as Error).message;
    } finally {
      await client.query('ROLLBACK');
    }
  });
}

describe('under row-level security alone', () => {
  const office = () => school.municipality.office.id;

  test('a manager may insert a newly identified outreach intervention of an office covering their county', async () => {
    expect(await insertAsManager({ status: 'IDENTIFIED', origin: 'OUTREACH', officeId: office() })).toBeNull();
  });

  test.each([
    ['another origin', { status: 'IDENTIFIED', origin: 'REQUEST' }],
    ['another status', { status: 'OFFERED', origin: 'OUTREACH' }],
  ])('%s is refused', async (_, values) => {
    expect(await insertAsManager({ ...values, officeId: office() })).toMatch(/row-level security/);
  });

  test('an office that covers none of their municipalities is refused', async () => {
    const outside = officeIdForMunicipality(elsewhere.municipality.code)!;
    expect(await insertAsManager({ status: 'IDENTIFIED', origin: 'OUTREACH', officeId: outside })).toMatch(
      /row-level security/,
    );
  });
});
