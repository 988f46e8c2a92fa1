import { getOperationAST, parse, type OperationTypeNode } from 'graphql';

/**
 * Whether a GraphQL request body asks for a query or a mutation, to give its statements the time the gateway gives
 * the call. Undefined for a body without a document that parses: Apollo refuses it with a proper error.
 */
export function operationKind(body: unknown): OperationTypeNode | undefined {
  const { query, operationName } = (body ?? {}) as { query?: unknown; operationName?: unknown };
  if (typeof query !== 'string') return undefined;
  try {
    return getOperationAST(parse(query), typeof operationName === 'string' ? operationName : undefined)?.operation;
  } catch {
    return undefined;
  }
}
