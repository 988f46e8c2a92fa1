import { GraphQLError, type ValidationContext } from 'graphql';

/** GraphQL Armor's onReject callback (its types package is only an optional dependency of the plugins). */
type ArmorRejectCallback = (context: ValidationContext | null, armorError: GraphQLError) => void;

/** The error codes of the query limits, one per limit, so that a client can tell which one it met. */
export const LIMIT_CODES = [
  'DEPTH_LIMIT_EXCEEDED',
  'ALIAS_LIMIT_EXCEEDED',
  'DIRECTIVE_LIMIT_EXCEEDED',
  'TOKEN_LIMIT_EXCEEDED',
  'COST_LIMIT_EXCEEDED',
  'INTROSPECTION_DISABLED',
  'RATE_LIMITED',
  'REQUEST_TIMEOUT',
] as const;
export type LimitCode = (typeof LIMIT_CODES)[number];

export function limitError(code: LimitCode, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code } });
}

/**
 * GraphQL Armor's own refusal reads "Syntax Error: Query depth limit of 10 exceeded, found 12." with no code. This
 * replaces it with our code and a sentence, built from the count Armor found. Validation rules report the error
 * (with propagateOnRejection off); the token limit works in the parser, which has no validation context, so there
 * the error is thrown, and the parser's caller answers with it.
 */
export function refuseWith(code: LimitCode, sentence: (found: string) => string): ArmorRejectCallback[] {
  return [
    (context, armorError) => {
      const found = /found (\d+(?:\.\d+)?)/.exec(armorError.message)?.[1] ?? 'more';
      const error = limitError(code, sentence(found));
      if (!context) throw error;
      context.reportError(error);
    },
  ];
}
