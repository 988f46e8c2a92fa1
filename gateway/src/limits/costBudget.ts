import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import type { User } from '@lagesbild/auth';
import { Kind, validate, visit, type ArgumentNode, type DocumentNode } from 'graphql';
import { refuseWith } from './limitErrors';
import type { QueryLimits } from './limitValues';

/**
 * Armor multiplies a list's cost by its `first` or `last` argument, but only when the argument is written in the
 * query: `first: $first` would count as one row. The variables' values (or their defaults) are written in before
 * counting, so that passing the page size as a variable (as the named operations do) costs the same as writing it out.
 */
function withPageSizesWrittenIn(document: DocumentNode, variables: Record<string, unknown>): DocumentNode {
  const defaults: Record<string, unknown> = {};
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    for (const { variable, defaultValue } of definition.variableDefinitions ?? []) {
      if (defaultValue?.kind === Kind.INT) defaults[variable.name.value] = Number(defaultValue.value);
    }
  }
  return visit(document, {
    Argument(node: ArgumentNode) {
      if ((node.name.value !== 'first' && node.name.value !== 'last') || node.value.kind !== Kind.VARIABLE) return;
      const name = node.value.name.value;
      const value = variables[name] ?? defaults[name];
      if (!Number.isInteger(value)) return;
      return { ...node, value: { kind: Kind.INT, value: String(value) } };
    },
  });
}

/**
 * A cost budget per role (issue #5): analysts, who write ad-hoc queries, get a larger one. Armor's cost-limit
 * takes one fixed maxCost, so rather than one plugin instance per role, its rule is run here once per operation
 * with the budget of the signed-in user's role. It runs at execution, not validation, because only then are the
 * variables (the page sizes) at hand. A user without a role has no budget: the HTTP layer lets no such request in.
 */
export function useCostBudget(limits: QueryLimits): GatewayPlugin<{ user?: User }> {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const user = (args.contextValue as { user?: User }).user;
      const maxCost = user ? limits.costBudget[user.role] : 0;
      const document = withPageSizesWrittenIn(args.document, (args.variableValues ?? {}) as Record<string, unknown>);
      const rule = costLimitRule({
        maxCost,
        propagateOnRejection: false,
        onReject: refuseWith(
          'COST_LIMIT_EXCEEDED',
          (found) =>
            `The query would cost ${Math.ceil(Number(found))}, more than the ${user?.role ?? 'signed-out'} role's ` +
            `budget of ${maxCost} for one query. Ask for fewer rows (a smaller first:) or fewer nested lists, or split it up.`,
        ),
      });
      const errors = validate(args.schema, document, [rule]);
      // Refused before it ran, like a document that does not validate: 400 under the GraphQL-over-HTTP media type.
      for (const error of errors) Object.assign(error.extensions, { http: { status: 400 } });
      if (errors.length > 0) setResultAndStopExecution({ errors });
    },
  };
}
