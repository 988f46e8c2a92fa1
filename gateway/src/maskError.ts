import { GraphQLError } from 'graphql';

/** Codes the gateway's HTTP executor and timeout plugin give when a subgraph cannot be reached in time. */
const UNREACHABLE = new Set(['SUBREQUEST_HTTP_ERROR', 'DOWNSTREAM_SERVICE_ERROR', 'GATEWAY_TIMEOUT', 'TIMEOUT_ERROR']);

interface ErrorExtensions {
  code?: string;
  serviceName?: string;
  http?: { status?: number };
  request?: unknown;
}

/**
 * What a client sees of an error. A subgraph that is down becomes SUBGRAPH_UNAVAILABLE naming the subgraph, so
 * that a dashboard can say which figures are missing. An error the client caused keeps its message and gets a
 * code: graphql-js's, Yoga's and our own (parse, validation, variables, a body the gateway cannot read) and a
 * subgraph's on purpose (such as BAD_USER_INPUT). Anything else is an internal error, and is masked.
 *
 * Yoga logs every error this replaces, at error level, so a client's error is handed back as itself, with its code
 * added or the subgraph call's request left out in place (as Yoga itself adds codes): a client's mistake is not
 * the operator's problem. The request, addresses and stack never reach the answer.
 */
export function maskError(error: unknown, message: string): Error {
  if (!(error instanceof GraphQLError)) return internalError(message);
  const extensions = error.extensions as ErrorExtensions;
  const { code, serviceName, http } = extensions;
  if (serviceName && code && UNREACHABLE.has(code)) {
    return new GraphQLError(
      `The ${serviceName} service is unavailable right now, so the fields it serves are missing from this answer.`,
      { path: error.path, extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName } },
    );
  }
  // An exception under a GraphQL error (a bug, a failed connection) is internal, whatever code it came with.
  if (error.originalError && !(error.originalError instanceof GraphQLError)) return internalError(message, error);
  if (code && code !== 'INTERNAL_SERVER_ERROR') return withoutInternals(error);
  // Yoga's refusals of a request it cannot take (a batch, a wrong method, a body that is not a GraphQL request)
  // carry their HTTP status; a 4xx is the client's.
  if (!code && !serviceName && http?.status && http.status >= 400 && http.status < 500) {
    extensions.code = 'BAD_REQUEST';
    return withoutInternals(error);
  }
  return internalError(message, error);
}

/**
 * A client's error without what the gateway added for its own log: the subgraph call's request, and the JSON
 * parser's error under a body that is not JSON, which quotes the body back (Yoga's sentence says what is wrong).
 */
function withoutInternals(error: GraphQLError): GraphQLError {
  const extensions = error.extensions as ErrorExtensions & { originalError?: unknown };
  delete extensions.request;
  delete extensions.originalError;
  return error;
}

function internalError(message: string, error?: GraphQLError): GraphQLError {
  return new GraphQLError(message, { path: error?.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } });
}
