import { repoRoot, schemaDir } from '@lagesbild/platform';
import {
  ADMIN,
  ANALYST,
  LEADERSHIP,
  officeUser,
  regionalUser,
  testToken,
  useTestPlatform,
  type TestUser,
} from '@lagesbild/test-utils';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readManifest, readTrustedDocumentsConfig } from '../trustedDocuments';

// Trusted documents (issue #14), through the real gateway with enforcement on, as `npm start` and docker-compose run
// it: the dashboard's persisted operations answer by id for every role, their text is refused for everyone but
// analysts (and admins), and an id the gateway does not know is refused with its code.

const platform = useTestPlatform({ env: { TRUSTED_DOCUMENTS: 'on' } });

const manifest: Record<string, string> = JSON.parse(
  readFileSync(path.join(repoRoot, 'dashboard', 'dist', 'persisted-documents.json'), 'utf8'),
);
// A document's text opens with its fragments, if it has any, and then names its operation.
const operationNameOf = (text: string) =>
  /\b(?:query|mutation) (\w+)/.exec(text.replace(/^fragment .*?(?=\b(?:query|mutation) )/s, ''))?.[1];
const idOf = (operation: string): string => {
  const id = Object.keys(manifest).find((key) => operationNameOf(manifest[key]) === operation);
  if (!id) throw new Error(`${operation} is not in the dashboard's manifest: run \`npm run build\`.`);
  return id;
};
const FOLLOW_UP_TEXT = readFileSync(path.join(schemaDir, 'operations', 'FollowUpByArea.graphql'), 'utf8');

interface Answer {
  status: number;
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

async function post(user: TestUser, body: Record<string, unknown>): Promise<Answer> {
  const response = await fetch(`${platform().gatewayUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${await testToken(user)}` },
    body: JSON.stringify(body),
  });
  return { status: response.status, ...((await response.json()) as Omit<Answer, 'status'>) };
}
const byId = (user: TestUser, id: string, variables: Record<string, unknown> = {}) =>
  post(user, { variables, extensions: { persistedQuery: { version: 1, sha256Hash: id } } });

// Each role asks the follow-up page for its own area, as the dashboard does.
const roles: [string, TestUser, Record<string, unknown>, string][] = [
  ['leadership', LEADERSHIP, {}, 'nation'],
  ['a regional manager', regionalUser('17'), { inNation: false, inCounty: true, county: '17' }, 'county'],
  ['office staff', officeUser('UME'), { inNation: false, inOffice: true, office: 'UME' }, 'office'],
];

describe.each(roles)('%s', (_label, user, variables, area) => {
  test('gets the follow-up page by its persisted id', async () => {
    const answer = await byId(user, idOf('FollowUpByArea'), variables);
    expect(answer.errors).toBeUndefined();
    expect(answer).toMatchObject({ status: 200, data: { [area]: { followUpStatus: expect.anything() } } });
  });

  test('is refused the same operation sent as text, as written and as persisted', async () => {
    for (const query of [FOLLOW_UP_TEXT, manifest[idOf('FollowUpByArea')]]) {
      const answer = await post(user, { query, variables });
      expect(answer.status).toBe(403);
      expect(answer.data).toBeUndefined();
      expect(answer.errors).toEqual([
        {
          message: expect.stringContaining(`Only the dashboard's operations are accepted for the ${user.role} role`),
          extensions: { code: 'PERSISTED_DOCUMENT_REQUIRED' },
        },
      ]);
    }
  });
});

test("an analyst's ad-hoc query answers, and so does a persisted id", async () => {
  const adHoc = await post(ANALYST, {
    query: '{ nation { coverageBy(groupBy: SCHOOL_FORM) { schoolForm schools } } }',
  });
  expect(adHoc.errors).toBeUndefined();
  expect((adHoc.data?.nation as { coverageBy: unknown[] }).coverageBy.length).toBeGreaterThan(0);
  const persisted = await byId(ANALYST, idOf('FollowUpByArea'));
  expect(persisted.errors).toBeUndefined();
});

test("an admin's own documents answer (the import command, the audit log)", async () => {
  const answer = await post(ADMIN, { query: '{ auditLog { offices(first: 1) { totalCount } } }' });
  expect(answer.errors).toBeUndefined();
});

test('the GraphQL-over-HTTP documentId names a trusted document too', async () => {
  const answer = await post(LEADERSHIP, { documentId: idOf('FollowUpByArea') });
  expect(answer.errors).toBeUndefined();
  expect(answer.data).toMatchObject({ nation: { followUpStatus: expect.anything() } });
});

test.each([
  ['leadership', LEADERSHIP],
  ['an analyst', ANALYST],
])('an unknown id is refused clearly for %s', async (_label, user) => {
  const unknown = `sha256:${'0'.repeat(64)}`;
  const answer = await byId(user, unknown);
  expect(answer.status).toBe(400);
  expect(answer.data).toBeUndefined();
  expect(answer.errors).toEqual([
    {
      message: expect.stringContaining(`No trusted document has the id "${unknown}"`),
      extensions: { code: 'PERSISTED_DOCUMENT_NOT_FOUND' },
    },
  ]);
});

test('every named operation is in the manifest, so the dashboard can send any of them by id', () => {
  const names = Object.values(manifest).map(operationNameOf);
  for (const file of ['CountyDetail', 'FollowUpByArea', 'NationalOverview', 'RecordExport']) {
    expect(names).toContain(file);
  }
});

test('a gateway that enforces trusted documents does not start without the manifest', () => {
  const config = readTrustedDocumentsConfig({ TRUSTED_DOCUMENTS_FILE: '/nonexistent/persisted-documents.json' });
  expect(config.enforced).toBe(true);
  expect(() => readManifest(config)).toThrow(/The trusted documents are missing .*npm run build/);
  expect(() => readTrustedDocumentsConfig({ TRUSTED_DOCUMENTS: 'yes' })).toThrow(/must be "on" or "off"/);
});
