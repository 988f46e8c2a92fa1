import { blockFieldSuggestionsPlugin } from '@escape.tech/graphql-armor-block-field-suggestions';
import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesPlugin } from '@escape.tech/graphql-armor-max-directives';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { refuseWith } from './limitErrors';
import type { QueryLimits } from './limitValues';

/**
 * The limits on a document's shape, the same for every role: GraphQL Armor's plugins, each refusing with its own
 * code and a sentence. Field suggestions ("Did you mean …?") are cut from validation errors, since they let anyone
 * map the schema without introspection.
 */
export function documentLimitPlugins(limits: QueryLimits): GatewayPlugin[] {
  const refusal = { propagateOnRejection: false, exposeLimits: true } as const;
  return [
    maxTokensPlugin({
      n: limits.maxTokens,
      ...refusal,
      onReject: refuseWith(
        'TOKEN_LIMIT_EXCEEDED',
        () => `The query is too long: at most ${limits.maxTokens} tokens (names, values and punctuation) are allowed.`,
      ),
    }),
    maxDepthPlugin({
      n: limits.maxDepth,
      ...refusal,
      onReject: refuseWith(
        'DEPTH_LIMIT_EXCEEDED',
        (found) => `The query nests ${found} levels deep; at most ${limits.maxDepth} are allowed.`,
      ),
    }),
    maxAliasesPlugin({
      n: limits.maxAliases,
      ...refusal,
      onReject: refuseWith(
        'ALIAS_LIMIT_EXCEEDED',
        (found) => `The query uses ${found} aliases; at most ${limits.maxAliases} are allowed.`,
      ),
    }),
    maxDirectivesPlugin({
      n: limits.maxDirectives,
      ...refusal,
      onReject: refuseWith(
        'DIRECTIVE_LIMIT_EXCEEDED',
        (found) => `The query uses ${found} directives; at most ${limits.maxDirectives} are allowed.`,
      ),
    }),
    blockFieldSuggestionsPlugin({ mask: '' }),
  ] as GatewayPlugin[];
}
