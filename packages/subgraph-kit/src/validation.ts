import { GraphQLError } from 'graphql';

/**
 * The reasons a value is refused, shared by the importers and the mutations (issue #3: "the same validation and
 * the same error codes"). A client or a script can branch on the code; the message is for a person.
 */
export const ValidationCode = {
  /** A value of the wrong type, format or range. */
  INVALID_VALUE: 'INVALID_VALUE',
  /** A code or key that names nothing that exists. */
  UNKNOWN_REFERENCE: 'UNKNOWN_REFERENCE',
  /** The same natural key twice in one file, or a record that already exists. */
  DUPLICATE: 'DUPLICATE',
  /** A status or dates the intervention lifecycle does not allow. */
  LIFECYCLE_VIOLATION: 'LIFECYCLE_VIOLATION',
  /** A row the checks passed but a rule of the database refused: a fault of the platform, reported with the rule. */
  REFUSED_BY_DATABASE: 'REFUSED_BY_DATABASE',
} as const;
export type ValidationCode = (typeof ValidationCode)[keyof typeof ValidationCode];

/** One thing wrong with one field (a mutation's input field, or an import file's column). */
export interface ValidationIssue {
  code: ValidationCode;
  field: string;
  message: string;
}

/** A mutation's validation failure: one GraphQL error carrying the first issue's code and every issue. */
export function validationError(issues: ValidationIssue[]): GraphQLError {
  const [first] = issues;
  const message =
    issues.length === 1 ? first.message : `${issues.length} problems: ${issues.map((i) => i.message).join(' ')}`;
  return new GraphQLError(message, { extensions: { code: first.code, field: first.field, issues } });
}
