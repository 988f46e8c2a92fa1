import { signSubgraphRequest, type User } from '@lagesbild/auth';
import { localSubgraphUrl, subgraphEntry, subgraphUrlVar } from '@lagesbild/platform';
import { GraphQLError } from 'graphql';

/**
 * Asks another subgraph which of some entities exist, through its federation `_entities` field: the same question
 * the gateway asks, so no subgraph reads another's tables. Returns the answers in the order of `keys`, null for an
 * entity the other subgraph does not know. `selection` is the fields wanted, e.g. `id schools { id }`. The request is
 * signed like the gateway's, on behalf of `user`, so the other subgraph answers within that user's scope.
 */
export async function fetchSiblingEntities<T>(
  user: User,
  subgraph: string,
  typename: string,
  keys: Record<string, unknown>[],
  selection: string,
  env = process.env,
): Promise<(T | null)[]> {
  if (keys.length === 0) return [];
  const url = env[subgraphUrlVar(subgraph)] ?? localSubgraphUrl(subgraphEntry(subgraph).port);
  const body = JSON.stringify({
    query: `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on ${typename} { ${selection} } } }`,
    variables: { representations: keys.map((key) => ({ __typename: typename, ...key })) },
  });
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...signSubgraphRequest(env.SUBGRAPH_SIGNING_SECRET ?? '', user, body),
    },
    body,
    signal: AbortSignal.timeout(30_000),
  }).catch((error: unknown) => {
    throw new SiblingUnavailableError(subgraph, String(error));
  });
  const answer = (await response.json()) as { data?: { _entities: (T | null)[] }; errors?: { message: string }[] };
  if (!response.ok || answer.errors?.length || !answer.data) {
    throw new SiblingUnavailableError(subgraph, answer.errors?.[0]?.message ?? `HTTP ${response.status}`);
  }
  return answer.data._entities;
}

/** The other subgraph could not answer, so references cannot be checked and nothing is written. */
export class SiblingUnavailableError extends GraphQLError {
  constructor(subgraph: string, detail: string) {
    super(`The ${subgraph} service could not be asked to check references (${detail}); nothing was written.`, {
      extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: subgraph },
    });
  }
}
