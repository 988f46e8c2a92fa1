import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { isUnionType, type GraphQLSchema } from 'graphql';
import gql from 'graphql-tag';
import merge from 'lodash.merge';
import { buildSchema, createResolversMap, type BuildSchemaOptions } from 'type-graphql';
import { auditedRoleChecker } from './audit/auditRefusals';
import { guardReferences, type EntityGuards } from './entityGuards';

// The federation directives the subgraphs may use. Federation 2.3 is what @apollo/subgraph 2.14 and
// @theguild/federation-composition both support fully.
const FEDERATION_LINK = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@shareable", "@external", "@requires", "@provides", "@inaccessible"])`;

/**
 * Builds a Federation v2 subgraph schema from type-graphql classes, following type-graphql's apollo-federation-2
 * example: type-graphql emits the SDL with the directives, @apollo/subgraph adds `_service` and `_entities`.
 * `referenceResolvers` holds each entity's `__resolveReference`, and `guards` the scope rule of each entity
 * (entityGuards.ts); every entity must have both.
 */
export async function buildFederatedSchema(
  options: Omit<BuildSchemaOptions, 'skipCheck' | 'authChecker'>,
  referenceResolvers: Record<string, { __resolveReference?: unknown }>,
  guards: EntityGuards,
): Promise<GraphQLSchema> {
  // skipCheck: stub entities owned by other subgraphs have no root query, which type-graphql would reject.
  const schema = await buildSchema({ ...options, skipCheck: true, validate: false, authChecker: auditedRoleChecker });
  const typeDefs = gql(`${FEDERATION_LINK}\n${printSchemaWithDirectives(schema)}`);
  const resolvers = merge(
    createResolversMap(schema),
    guardReferences(referenceResolvers, guards),
  ) as GraphQLResolverMap<unknown>;
  const subgraph = buildSubgraphSchema([{ typeDefs, resolvers }]);
  const entities = subgraph.getType('_Entity');
  const unguarded = isUnionType(entities) ? entities.getTypes().filter((type) => !referenceResolvers[type.name]) : [];
  if (unguarded.length > 0) {
    throw new Error(`Entities without a guarded __resolveReference: ${unguarded.map((type) => type.name).join(', ')}.`);
  }
  return subgraph;
}
