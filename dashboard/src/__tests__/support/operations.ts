import { schemaDir } from '@lagesbild/platform';
import { testToken, type GraphQLResponse, type TestPlatform, type TestUser } from '@lagesbild/test-utils';
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** A named operation's text from schema/operations, to ask the graph what the page should show. */
export function operation(name: string): string {
  return readFileSync(path.join(schemaDir, 'operations', `${name}.graphql`), 'utf8');
}

/**
 * Sends one of the dashboard's persisted operations by its id, as the dashboard does: with trusted documents on,
 * office staff, regional managers and leadership may send no text, so a test reads what the page reads this way.
 */
export async function persistedQueryAs<TData>(
  platform: TestPlatform,
  user: TestUser,
  name: string,
  variables: Record<string, unknown> = {},
): Promise<GraphQLResponse<TData>> {
  const manifest = JSON.parse(
    readFileSync(path.join(__dirname, '..', '..', '..', 'dist', 'persisted-documents.json'), 'utf8'),
  ) as Record<string, string>;
  // A document's text holds its fragments first, then its operation.
  const id = Object.keys(manifest).find((hash) =>
    new RegExp(`(^|[ }])(query|mutation) ${name}\\b`).test(manifest[hash]),
  );
  if (!id) throw new Error(`The dashboard's build persisted no operation named ${name}: run npm run build.`);
  const response = await fetch(`${platform.gatewayUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${await testToken(user)}` },
    body: JSON.stringify({ variables, extensions: { persistedQuery: { version: 1, sha256Hash: id } } }),
  });
  return (await response.json()) as GraphQLResponse<TData>;
}
