import { mayReadCounty, mayReadMunicipality, mayReadOffice } from '@lagesbild/auth';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import type { RequestIdentity } from './identity';

// Issue #5: every __resolveReference enforces the user's scope, so that `_entities` never hands out an entity the
// user may not read, whoever asks. Each subgraph names a guard for every entity it resolves, and the schema is not
// built while one lacks a guard (buildFederatedSchema checks), so a new entity cannot forget it.

/**
 * Whether the user may read this entity, judged on what __resolveReference returned (or the representation) and
 * the request's context, which extends RequestIdentity.
 */
export type EntityGuard = (entity: never, context: never) => boolean | Promise<boolean>;
export type EntityGuards = Record<string, EntityGuard>;

/** Reference data that says nothing about any school or pupil (an office's name, an indicator's definition). */
export const publicReferenceData: EntityGuard = () => true;

/**
 * An entity this subgraph knows only by key (another subgraph's school unit or organiser, extended with fields
 * here): everything it can hand out about it comes from tables under row-level security, which show only rows in
 * the user's scope, so the entity itself needs no check of its own.
 */
export const guardedByRowLevelSecurity: EntityGuard = () => true;

/** The areas every subgraph resolves: the nation for the national roles, counties etc. within the user's scope. */
export const areaGuards = {
  Nation: (_nation: unknown, { scope }: RequestIdentity) => scope.all,
  County: (county: { code: string }, { scope }: RequestIdentity) => mayReadCounty(scope, county.code),
  Municipality: (municipality: { code: string }, { scope }: RequestIdentity) =>
    mayReadMunicipality(scope, municipality.code),
  Office: (office: { id: string }, { scope }: RequestIdentity) => mayReadOffice(scope, office.id),
} satisfies EntityGuards;

type ReferenceResolver = (ref: never, context: RequestIdentity, info: unknown) => unknown;

/**
 * Wraps each entity's __resolveReference so that an entity the guard refuses resolves to null, which is what
 * `_entities` answers for an entity that does not exist: the user learns nothing of it.
 */
export function guardReferences(
  references: Record<string, { __resolveReference?: unknown }>,
  guards: EntityGuards,
): GraphQLResolverMap<unknown> {
  return Object.fromEntries(
    Object.entries(references).map(([typename, resolvers]) => {
      const guard = guards[typename];
      if (!guard) throw new Error(`The entity ${typename} has no scope guard (issue #5): name one in the schema.`);
      const resolve = resolvers.__resolveReference as ReferenceResolver | undefined;
      return [
        typename,
        {
          ...resolvers,
          async __resolveReference(ref: never, context: RequestIdentity, info: unknown) {
            const entity = resolve ? await resolve(ref, context, info) : ref;
            return entity && (await guard(entity as never, context as never)) ? entity : null;
          },
        },
      ];
    }),
  ) as GraphQLResolverMap<unknown>;
}
