import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import type { GraphQLSchema } from 'graphql';
import gql from 'graphql-tag';
import merge from 'lodash.merge';
import { buildSchema, createResolversMap, type BuildSchemaOptions } from 'type-graphql';

// The federation directives the subgraphs may use. Federation 2.3 is what @apollo/subgraph 2.14 and
// @theguild/federation-composition both support fully.
const FEDERATION_LINK = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@shareable", "@external", "@requires", "@provides", "@inaccessible"])`;

/**
 * Builds a Federation v2 subgraph schema from type-graphql classes, following type-graphql's apollo-federation-2
 * example: type-graphql emits the SDL with the directives, @apollo/subgraph adds `_service` and `_entities`.
 * `referenceResolvers` holds each entity's `__resolveReference`.
 */
export async function buildFederatedSchema(
  options: Omit<BuildSchemaOptions, 'skipCheck'>,
  referenceResolvers: GraphQLResolverMap<unknown> = {},
): Promise<GraphQLSchema> {
  // skipCheck: stub entities owned by other subgraphs have no root query, which type-graphql would reject.
  const schema = await buildSchema({ ...options, skipCheck: true, validate: false });
  const typeDefs = gql(`${FEDERATION_LINK}\n${printSchemaWithDirectives(schema)}`);
  const resolvers = merge(createResolversMap(schema), referenceResolvers) as GraphQLResolverMap<unknown>;
  return buildSubgraphSchema([{ typeDefs, resolvers }]);
}
