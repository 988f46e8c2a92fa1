import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { getVariableValues, GraphQLError, Kind, type DocumentNode, type ValidationRule } from 'graphql';

/**
 * graphql-js's own sentence for a document whose operation cannot be chosen, or undefined when it can. Yoga refuses
 * such a request with "Could not determine what operation to execute.", which does not say what is wrong.
 */
function unresolvedOperation(document: DocumentNode, operationName: unknown): string | undefined {
  const operations = document.definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION);
  if (operationName !== undefined && operationName !== null && typeof operationName !== 'string') {
    return `Expected "operationName" param to be a string, but given ${typeof operationName}.`;
  }
  if (typeof operationName === 'string' && operationName !== '') {
    return operations.some((operation) => operation.name?.value === operationName)
      ? undefined
      : `Unknown operation named "${operationName}".`;
  }
  if (operations.length === 0) return 'Must provide an operation.';
  if (operations.length > 1) return 'Must provide operation name if query contains multiple operations.';
  return undefined;
}

/**
 * A subscription (or any operation whose root type the graph lacks) fails validation with graphql-js 17's rule and
 * words, instead of reaching the query planner, whose refusal is an internal error.
 */
const knownOperationTypes: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (!context.getSchema().getRootType(node.operation)) {
      context.reportError(
        new GraphQLError(`The ${node.operation} operation is not supported by the schema.`, { nodes: node }),
      );
    }
  },
});

/**
 * Errors a client caused, raised as graphql-js words them and with a code, before the request reaches the planner:
 * an operation that cannot be chosen (OPERATION_RESOLUTION_FAILURE, HTTP 400), an operation type the graph lacks
 * (GRAPHQL_VALIDATION_FAILED) and variables that do not fit their types (BAD_USER_INPUT). Left to the executor,
 * the last two came back masked as internal errors.
 */
export function useRequestErrors(): GatewayPlugin {
  return {
    onParse() {
      return ({ result, context }) => {
        const params = (context as { params?: { operationName?: unknown } }).params;
        if (result instanceof Error || !params) return;
        const message = unresolvedOperation(result as DocumentNode, params.operationName);
        if (message) {
          throw new GraphQLError(message, {
            extensions: { code: 'OPERATION_RESOLUTION_FAILURE', http: { status: 400 } },
          });
        }
      };
    },
    onValidate({ addValidationRule }) {
      addValidationRule(knownOperationTypes);
    },
    onExecute({ args, setResultAndStopExecution }) {
      const operation = (args.document as DocumentNode).definitions.find(
        (definition) =>
          definition.kind === Kind.OPERATION_DEFINITION &&
          (!args.operationName || definition.name?.value === args.operationName),
      );
      if (operation?.kind !== Kind.OPERATION_DEFINITION) return;
      const coerced = getVariableValues(args.schema, operation.variableDefinitions ?? [], args.variableValues ?? {}, {
        maxErrors: 20,
      });
      if (coerced.errors) {
        setResultAndStopExecution({
          errors: coerced.errors.map(
            // 400 under the GraphQL-over-HTTP media type, as for a document that does not validate.
            (error) =>
              new GraphQLError(error.message, {
                nodes: error.nodes,
                extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
              }),
          ),
        });
      }
    },
  };
}
