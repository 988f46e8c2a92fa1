import { issueDevToken, userFromClaims, type DevTokenRequest, type User } from '@lagesbild/auth';
import { postSignedGraphQL, type GraphQLResponse } from './graphqlClient';
import { DATA_DIR_VAR } from './testServer';

// Who a test acts as. Tests name the role they need; most read as an analyst (the national role that may also
// send ad-hoc queries), writes as the office that owns the intervention, imports as an admin.

export type TestUser = DevTokenRequest;

export const ANALYST: TestUser = { role: 'analyst' };
export const ADMIN: TestUser = { role: 'admin' };
export const LEADERSHIP: TestUser = { role: 'leadership' };
export const regionalUser = (...counties: string[]): TestUser => ({ role: 'regional', counties });
export const officeUser = (office: string): TestUser => ({ role: 'office', office });

/** The subject a test user gets, as the dev issuer names it. */
function subjectOf(user: TestUser): string {
  return user.subject ?? `test-${user.role}-${(user.counties ?? []).join('-')}${user.office ?? ''}`;
}

/** A sign-in token from the test run's development issuer, as the dashboard's sign-in would get. */
export function testToken(user: TestUser): Promise<string> {
  const dataDir = process.env[DATA_DIR_VAR];
  if (!dataDir) throw new Error(`${DATA_DIR_VAR} is not set: run the tests through the root jest config.`);
  return issueDevToken(dataDir, { ...user, subject: subjectOf(user) });
}

/** The user a subgraph sees for a test user, for requests signed as the gateway would sign them. */
export function testIdentity(user: TestUser): User {
  return userFromClaims({
    sub: subjectOf(user),
    role: user.role,
    counties: user.counties ?? [],
    office: user.office,
  });
}

/** The test run's subgraph-signing secret (set by globalSetup). */
export function testSigningSecret(): string {
  const secret = process.env.SUBGRAPH_SIGNING_SECRET;
  if (!secret) throw new Error('SUBGRAPH_SIGNING_SECRET is not set: run the tests through the root jest config.');
  return secret;
}

/** Posts an operation straight to a subgraph, signed as the gateway would sign it for `user` (an analyst by default). */
export function postToSubgraph<TData = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  user: TestUser = ANALYST,
): Promise<GraphQLResponse<TData>> {
  return postSignedGraphQL<TData>(url, testSigningSecret(), testIdentity(user), query, variables);
}
