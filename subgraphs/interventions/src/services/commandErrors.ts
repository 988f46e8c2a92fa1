import { ErrorCode, ValidationCode, validationError } from '@lagesbild/subgraph-kit';
import { GraphQLError } from 'graphql';
import { QueryFailedError } from 'typeorm';

/** The id names nothing (NOT_FOUND); the message names the id, so a person can see which one. */
export function notFound(what: string, id: string, field = 'id'): GraphQLError {
  return new GraphQLError(`${field}: there is no ${what} with the id ${id}.`, {
    extensions: { code: ErrorCode.NOT_FOUND, field },
  });
}

// Which input field each natural-key constraint guards. The ids are derived from the natural keys, so a primary
// key clash is the same duplicate.
const DUPLICATE_FIELD_OF_CONSTRAINT: Readonly<Record<string, { field: string; what: string }>> = {
  intervention_reference_key: { field: 'reference', what: 'an intervention with this reference' },
  intervention_pkey: { field: 'reference', what: 'an intervention with this reference' },
  follow_up_intervention_id_due_on_key: { field: 'dueOn', what: 'a follow-up of this intervention due on this day' },
  follow_up_pkey: { field: 'dueOn', what: 'a follow-up of this intervention due on this day' },
};

/**
 * The services check natural keys before writing; this catches the writer that slipped in between (another
 * replica, the importer) and answers DUPLICATE instead of an internal error. Anything else is rethrown.
 */
export function asDuplicateError(error: unknown): unknown {
  if (!(error instanceof QueryFailedError)) return error;
  const driverError = error.driverError as { code?: string; constraint?: string };
  const guarded = driverError.code === '23505' ? DUPLICATE_FIELD_OF_CONSTRAINT[driverError.constraint ?? ''] : null;
  if (!guarded) return error;
  return validationError([
    {
      code: ValidationCode.DUPLICATE,
      field: guarded.field,
      message: `${guarded.field}: ${guarded.what} was recorded at the same moment.`,
    },
  ]);
}

/** The code of a change made from a version of an intervention or follow-up that someone else changed meanwhile. */
export const STALE_VERSION = 'STALE_VERSION';

/**
 * The change was prepared on an older version: refused, so that nothing someone else saved is overwritten. The
 * current version travels with it, for the client to show the new state and let the person decide again.
 */
export function staleVersion(
  id: string,
  expected: number,
  current: number,
  what: 'intervention' | 'follow-up' = 'intervention',
): GraphQLError {
  return new GraphQLError(
    `expectedVersion: ${what} ${id} was changed by someone else meanwhile (version ${current}, not ${expected}); look at it again and redo the change if it still holds.`,
    { extensions: { code: STALE_VERSION, field: 'expectedVersion', currentVersion: current } },
  );
}
