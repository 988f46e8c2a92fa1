import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import type { User } from '@lagesbild/auth';
import type { ValidationRule } from 'graphql';
import { limitError } from './limitErrors';

/** Refuses `__schema` and `__type` (but not `__typename`, which clients need to read unions). */
const noIntrospection: ValidationRule = (context) => ({
  Field(node) {
    if (node.name.value === '__schema' || node.name.value === '__type') {
      context.reportError(
        limitError(
          'INTROSPECTION_DISABLED',
          `Only analysts may explore the schema (${node.name.value}); the dashboard's queries do not need it.`,
        ),
      );
    }
  },
});

/**
 * Introspection for analysts only (issue #5): they write ad-hoc queries in the dashboard's explorer. Hive's own
 * `disableIntrospection` option refuses with graphql-js's sentence and no code, so the rule is added here.
 */
export function useIntrospectionForAnalysts(): GatewayPlugin<{ user?: User }> {
  return {
    onValidate({ context, addValidationRule }) {
      if ((context as { user?: User }).user?.role !== 'analyst') addValidationRule(noIntrospection);
    },
  };
}
