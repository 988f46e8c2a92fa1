import { GraphQLError } from 'graphql';

/** Codes the gateway's HTTP executor and timeout plugin give when a subgraph cannot be reached in time. */
const UNREACHABLE = new Set(['SUBREQUEST_HTTP_ERROR', 'DOWNSTREAM_SERVICE_ERROR', 'GATEWAY_TIMEOUT', 'TIMEOUT_ERROR']);

/**
 * What a client sees of an error. A subgraph that is down becomes SUBGRAPH_UNAVAILABLE naming the subgraph, so
 * that a dashboard can say which figures are missing; the request, addresses and stack stay out of the answer.
 * Errors a subgraph raised on purpose (with a code such as BAD_USER_INPUT) pass through; anything else is masked.
 */
export function maskError(error: unknown, message: string): Error {
  if (!(error instanceof GraphQLError))
    return new GraphQLError(message, { extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  const { code, serviceName } = error.extensions as { code?: string; serviceName?: string };
  if (serviceName && code && UNREACHABLE.has(code)) {
    return new GraphQLError(
      `The ${serviceName} service is unavailable right now, so the fields it serves are missing from this answer.`,
      { path: error.path, extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName } },
    );
  }
  const original = error.originalError;
  // Yoga's refusals of a request it cannot take (CSRF prevention, a batch, a malformed body) carry their HTTP
  // status and a sentence of its own; masked, they would become 200 "Unexpected error".
  const http = (error.extensions as { http?: { status?: number } }).http;
  if (!code && !original && http?.status && http.status >= 400 && http.status < 500) {
    return new GraphQLError(error.message, { extensions: { code: 'BAD_REQUEST', http } });
  }
  if (code && code !== 'INTERNAL_SERVER_ERROR' && (!original || original instanceof GraphQLError)) {
    const { request: _request, ...extensions } = error.extensions as Record<string, unknown>;
    return new GraphQLError(error.message, { path: error.path, nodes: error.nodes, extensions });
  }
  return new GraphQLError(message, { path: error.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } });
}
