import { repoRoot } from '@lagesbild/platform';
import { officeAreaById } from '@lagesbild/reference-data';
import {
  ADMIN,
  ANALYST,
  LEADERSHIP,
  officeUser,
  postToSubgraph,
  regionalUser,
  testDatabaseUrl,
  useTestPlatform,
  type GraphQLResponse,
  type TestUser,
} from '@lagesbild/test-utils';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';

// Issue #5's audit test: every kind of write (each mutation of the API) is logged with who, role, what and how many
// rows; refused writes are logged as REFUSED; only admins read the log; and no subgraph's own database role can
// change or remove an entry. Each test user has a subject of its own, so that other test files' writes in the
// same databases do not disturb the counts.

const platform = useTestPlatform();
const run = randomBytes(3).toString('hex');
const as = (user: TestUser, name: string): TestUser => ({ ...user, subject: `audit-${name}-${run}` });
const admin = as(ADMIN, 'admin');
const staff = as(officeUser('UME'), 'ume');
const analyst = as(ANALYST, 'analyst');

const SERVICES = ['interventions', 'schools', 'outcomes', 'offices'] as const;
const DAY = '2025-03-03';

interface Entry {
  id: string;
  at: string;
  service: string;
  subject: string;
  name: string | null;
  role: string;
  action: string;
  summary: string;
  rows: number;
  outcome: 'DONE' | 'REFUSED';
  reason: string | null;
}

const ENTRY = 'id at service subject name role action summary rows outcome reason';
const LOG = `query ($subject: String, $action: String, $first: Int, $after: String) {
  auditLog(subject: $subject, action: $action) {
    ${SERVICES.map((service) => `${service}(first: $first, after: $after) { nodes { ${ENTRY} } pageInfo { hasNextPage endCursor } totalCount }`).join('\n')}
  }
}`;

function ok<T>(answer: GraphQLResponse<T>): T {
  if (answer.errors) throw new Error(`Unexpected errors: ${JSON.stringify(answer.errors)}`);
  return answer.data!;
}

const codes = (answer: GraphQLResponse) => (answer.errors ?? []).map((error) => error.extensions?.code);

/** Every entry of a subject, from all four services, newest first within each. */
async function entriesOf(user: TestUser): Promise<Entry[]> {
  type Log = Record<string, { nodes: Entry[] }>;
  const data = ok(await platform().queryAs<{ auditLog: Log }>(admin, LOG, { subject: user.subject, first: 500 }));
  return SERVICES.flatMap((service) => data.auditLog[service].nodes);
}

/**
 * An example file, base64. The test databases are shared by every test file, and the interventions subgraph's own
 * import test counts the example interventions as new, so these get case references of their own (9001 → 8001).
 */
const exampleFile = (name: string) =>
  Buffer.from(
    readFileSync(path.join(repoRoot, 'examples/import', name), 'utf8').replace(
      /(-\d{4}-)9(\d{3})\b/g,
      (_ref, year: string, number: string) => `${year}8${number}`,
    ),
  ).toString('base64');

async function organiserOfUme(): Promise<string> {
  for (const code of officeAreaById('UME')!.municipalityCodes) {
    const answer = await platform().query<{ organisers: { nodes: { id: string }[] } }>(
      `query ($code: ID!) { organisers(first: 1, filter: { municipalityCode: $code }) { nodes { id } } }`,
      { code },
    );
    const found = ok(answer).organisers.nodes[0];
    if (found) return found.id;
  }
  throw new Error('No organiser in Umeå’s area in the demo data.');
}

describe('every write is logged', () => {
  test('office staff’s mutations: who, role, action, summary and rows', async () => {
    const write = async <T>(query: string, variables: Record<string, unknown>) =>
      ok(await platform().queryAs<T>(staff, query, variables));
    const { createIntervention: created } = await write<{ createIntervention: { id: string } }>(
      `mutation ($input: NewInterventionInput!) { createIntervention(input: $input) { id } }`,
      {
        input: {
          kind: 'ADVICE',
          origin: 'REQUEST',
          organiserId: await organiserOfUme(),
          officeId: 'UME',
          identifiedOn: DAY,
        },
      },
    );
    await write(`mutation ($id: ID!) { updateIntervention(id: $id, input: { origin: OUTREACH }) { id } }`, {
      id: created.id,
    });
    for (const to of ['OFFERED', 'ACCEPTED', 'ONGOING']) {
      await write(
        `mutation ($id: ID!, $to: InterventionStatus!) { moveIntervention(id: $id, to: $to, on: "${DAY}") { id } }`,
        {
          id: created.id,
          to,
        },
      );
    }
    const { recordFollowUp: followUp } = await write<{ recordFollowUp: { id: string } }>(
      `mutation ($id: ID!) { recordFollowUp(input: { interventionId: $id, dueOn: "${DAY}" }) { id } }`,
      { id: created.id },
    );
    await write(
      `mutation ($id: ID!) { completeFollowUp(id: $id, completedOn: "${DAY}", assessment: SOME_EFFECT) { id } }`,
      {
        id: followUp.id,
      },
    );

    const entries = await entriesOf(staff);
    const byAction = (action: string) => entries.filter((entry) => entry.action === action);
    expect(entries.every((entry) => entry.service === 'interventions')).toBe(true);
    expect(entries.every((entry) => entry.subject === staff.subject && entry.role === 'office')).toBe(true);
    expect(entries.every((entry) => entry.outcome === 'DONE' && entry.reason === null)).toBe(true);
    expect(byAction('createIntervention')).toEqual([
      expect.objectContaining({ rows: 1, summary: expect.stringContaining(created.id) }),
    ]);
    expect(byAction('updateIntervention')).toEqual([
      expect.objectContaining({ rows: 1, summary: expect.stringContaining(created.id) }),
    ]);
    expect(byAction('moveIntervention').map((entry) => entry.summary.replace(/.* to /, ''))).toEqual([
      'ONGOING',
      'ACCEPTED',
      'OFFERED',
    ]);
    expect(byAction('recordFollowUp')).toEqual([
      expect.objectContaining({ rows: 1, summary: expect.stringContaining(followUp.id) }),
    ]);
    expect(byAction('completeFollowUp')).toEqual([
      expect.objectContaining({ rows: 1, summary: expect.stringContaining(followUp.id) }),
    ]);
    expect(entries).toHaveLength(7);
  });

  test('each kind of import, with the rows it wrote', async () => {
    const IMPORTS = [
      ['importOrganisers', 'organisers.csv', 'schools'],
      ['importSchools', 'schools.csv', 'schools'],
      ['importInterventions', 'interventions.csv', 'interventions'],
      ['importFollowUps', 'follow-ups.csv', 'interventions'],
      ['importOutcomeValues', 'outcomes.csv', 'outcomes'],
    ] as const;
    const reports = new Map<string, { committed: boolean; inserted: number; updated: number }>();
    for (const [action, file] of IMPORTS) {
      const data = ok(
        await platform().queryAs<{ report: { committed: boolean; inserted: number; updated: number } }>(
          admin,
          `mutation ($f: String!) { report: ${action}(fileBase64: $f) { committed inserted updated } }`,
          { f: exampleFile(file) },
        ),
      );
      expect({ action, committed: data.report.committed }).toEqual({ action, committed: true });
      reports.set(action, data.report);
    }
    const entries = await entriesOf(admin);
    for (const [action, , service] of IMPORTS) {
      const report = reports.get(action)!;
      expect(entries.filter((entry) => entry.action === action)).toEqual([
        expect.objectContaining({
          service,
          subject: admin.subject,
          role: 'admin',
          outcome: 'DONE',
          rows: report.inserted + report.updated,
          summary: expect.stringMatching(/^import of /),
        }),
      ]);
    }
  });

  test('exports, reported by the dashboard, by any role', async () => {
    for (const user of [analyst, staff]) {
      const answer = await platform().queryAs<{ recordExport: boolean }>(
        user,
        `mutation { recordExport(what: "Coverage by county", rows: 21) }`,
      );
      expect(ok(answer).recordExport).toBe(true);
    }
    const exports = (await entriesOf(analyst)).filter((entry) => entry.action === 'recordExport');
    expect(exports).toEqual([
      expect.objectContaining({ service: 'offices', role: 'analyst', summary: 'Coverage by county', rows: 21 }),
    ]);
  });
});

describe('refused writes are logged as refused', () => {
  const refuser = as(ANALYST, 'refused');
  const refusedAdmin = as(ADMIN, 'refused-admin');
  const refusedStaff = as(officeUser('UME'), 'refused-ume');

  test('a role, a rule and a bad file', async () => {
    const forbidden = await platform().queryAs(
      refuser,
      `mutation { createIntervention(input: { kind: ADVICE, origin: REQUEST, organiserId: "00000000-0000-0000-0000-000000000000", officeId: "UME" }) { id } }`,
    );
    expect(codes(forbidden)).toEqual(['FORBIDDEN']);
    const missing = await platform().queryAs(
      refusedStaff,
      `mutation { moveIntervention(id: "00000000-0000-0000-0000-000000000001", to: OFFERED) { id } }`,
    );
    expect(missing.errors).toHaveLength(1);
    const badFile = await platform().queryAs<{ importSchools: { committed: boolean } }>(
      refusedAdmin,
      `mutation ($f: String!) { importSchools(fileBase64: $f) { committed } }`,
      { f: Buffer.from('unit_code\n').toString('base64') },
    );
    expect(ok(badFile).importSchools.committed).toBe(false);

    expect(await entriesOf(refuser)).toEqual([
      expect.objectContaining({ action: 'createIntervention', outcome: 'REFUSED', reason: 'FORBIDDEN', rows: 0 }),
    ]);
    expect(await entriesOf(refusedStaff)).toEqual([
      expect.objectContaining({
        action: 'moveIntervention',
        outcome: 'REFUSED',
        reason: missing.errors![0].extensions?.code,
        rows: 0,
        summary: expect.stringContaining('00000000-0000-0000-0000-000000000001'),
      }),
    ]);
    expect(await entriesOf(refusedAdmin)).toEqual([
      expect.objectContaining({ service: 'schools', action: 'importSchools', outcome: 'REFUSED', rows: 0 }),
    ]);
  });
});

describe('reading the log', () => {
  test.each([ANALYST, LEADERSHIP, regionalUser('24'), officeUser('UME')])('%j may not read it', async (user) => {
    const answer = await platform().queryAs(user, `{ auditLog { offices { totalCount } } }`);
    expect(codes(answer)).toEqual(['FORBIDDEN']);
    expect(answer.data ?? null).toBeNull();
    // Nor around the root field, straight at a subgraph.
    const url = platform().subgraphs.find((subgraph) => subgraph.name === 'interventions')!.url;
    const entities = await postToSubgraph<{ _entities: unknown[] }>(
      url,
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on AuditLog { id } } }`,
      { r: [{ __typename: 'AuditLog', id: 'e30' }] },
      user,
    );
    expect(entities.data?._entities).toEqual([null]);
  });

  test('admins page through it, newest first, filtered by action and time', async () => {
    const pager = as(officeUser('UME'), 'pager');
    for (let i = 0; i < 3; i++) {
      ok(await platform().queryAs(pager, `mutation { recordExport(what: "page ${i}", rows: ${i}) }`));
    }
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const answer: GraphQLResponse<{
        auditLog: { offices: { nodes: Entry[]; pageInfo: { hasNextPage: boolean; endCursor: string } } };
      }> = await platform().queryAs(admin, LOG, { subject: pager.subject, action: 'recordExport', first: 2, after });
      const page = ok(answer).auditLog.offices;
      seen.push(...page.nodes.map((entry) => entry.summary));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(['page 2', 'page 1', 'page 0']);

    // A time range: from is inclusive, to exclusive.
    const count = async (from: string | null, to: string | null) => {
      const answer = await platform().queryAs<{ auditLog: { offices: { totalCount: number } } }>(
        admin,
        `query ($s: String, $from: DateTime, $to: DateTime) { auditLog(subject: $s, from: $from, to: $to) { offices { totalCount } } }`,
        { s: pager.subject, from, to },
      );
      return ok(answer).auditLog.offices.totalCount;
    };
    const hourAgo = new Date(Date.now() - 3_600_000).toISOString();
    const inAnHour = new Date(Date.now() + 3_600_000).toISOString();
    expect(await count(hourAgo, inAnHour)).toBe(3);
    expect(await count(inAnHour, null)).toBe(0);
    expect(await count(null, hourAgo)).toBe(0);
    const backwards = await platform().queryAs(admin, `{ auditLog(from: "${inAnHour}", to: "${hourAgo}") { id } }`);
    expect(codes(backwards)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('the log is append-only', () => {
  test.each(SERVICES)('the %s subgraph’s database role can neither change nor remove entries', async (service) => {
    const client = new Client({ connectionString: testDatabaseUrl(service) });
    await client.connect();
    try {
      await client.query(
        `INSERT INTO audit_entry (subject, role, action, summary, rows, outcome) VALUES ($1, 'admin', 'test', 'x', 0, 'DONE')`,
        [`audit-append-${run}`],
      );
      for (const statement of [
        `UPDATE audit_entry SET rows = 99 WHERE subject = '${`audit-append-${run}`}'`,
        `DELETE FROM audit_entry WHERE subject = '${`audit-append-${run}`}'`,
        'TRUNCATE audit_entry',
      ]) {
        await expect(client.query(statement)).rejects.toThrow(/append-only/);
      }
      const { rows } = await client.query('SELECT rows FROM audit_entry WHERE subject = $1', [`audit-append-${run}`]);
      expect(rows).toEqual([{ rows: 0 }]);
    } finally {
      await client.end();
    }
  });
});
