import { signSubgraphRequest, type User } from '@lagesbild/auth';
import { metricSum, scrapeMetrics } from './metrics';

export interface GraphQLResponse<TData = Record<string, unknown>> {
  status: number;
  data?: TData | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

/** Posts one GraphQL operation over HTTP, as a client would. */
export async function postGraphQL<TData = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<TData>> {
  return postGraphQLBody(url, JSON.stringify({ query, variables }), headers);
}

/** Posts one GraphQL operation to a subgraph, signed for `user` as the gateway signs it. */
export function postSignedGraphQL<TData = Record<string, unknown>>(
  url: string,
  secret: string,
  user: User,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<GraphQLResponse<TData>> {
  const body = JSON.stringify({ query, variables });
  return postGraphQLBody(url, body, signSubgraphRequest(secret, user, body));
}

async function postGraphQLBody<TData>(
  url: string,
  body: string,
  headers: Record<string, string>,
): Promise<GraphQLResponse<TData>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
  const answer = (await response.json()) as Omit<GraphQLResponse<TData>, 'status'>;
  return { status: response.status, ...answer };
}

/** Reads a subgraph's running count of SQL statements from its /metrics endpoint. */
export async function sqlStatementCount(subgraphUrl: string): Promise<number> {
  const samples = await scrapeMetrics(new URL('/metrics', subgraphUrl));
  if (!samples.some((s) => s.name === 'lagesbild_sql_statements_total'))
    throw new Error(`No lagesbild_sql_statements_total at ${subgraphUrl}`);
  return metricSum(samples, 'lagesbild_sql_statements_total');
}
