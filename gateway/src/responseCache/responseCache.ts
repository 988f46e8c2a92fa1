import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import type { User } from '@lagesbild/auth';
import { swedishToday } from '@lagesbild/platform';
import { useResponseCache } from '@graphql-yoga/plugin-response-cache';
import stableStringify from 'fast-json-stable-stringify';
import { getOperationAST } from 'graphql';
import { createHash } from 'node:crypto';
import { createAnswerStore } from './answerStore';
import { createDataVersionWatch } from './dataVersionWatch';
import type { ResponseCacheConfig } from './responseCacheConfig';

// Issue #13, decision 3: repeated dashboard reads are answered from a cache at the gateway (Hive's built-in
// response caching, the GraphQL Yoga plugin the runtime's `responseCaching` option wraps), and never from data that
// has changed since.
//
// The key of an answer is the operation, its variables, and a session made of:
//  - the verified token's role and data scope (a regional manager's counties, an office user's office), which is all
//    of the user the subgraphs answer by: one county's manager never gets another's answer, and every role keeps its
//    own cost budget and introspection rights. Requests without a signed-in user are never cached (and never reach
//    the runtime: the HTTP server answers them 401);
//  - the Swedish date, since a period left out means the 12 months up to today and follow-ups fall due by date;
//  - the data versions every subgraph holds (dataVersionWatch.ts): each publisher bumps its version in the
//    transaction of every import or write, so a write changes the key of every answer that could show it;
//  - the number of writes through the gateways that share the store (answerStore.ts): one process's count, or a
//    counter in Redis that every replica sharing it reads with each request.
//
// Why that is enough: a write through a gateway is counted before its answer goes back, so the next read through
// any gateway sharing the store has a new key, and that gateway reads the data versions anew. A write that reaches
// a database another way (a gateway with a store of its own, `npm run seed`, SQL) is seen when the gateway next
// reads the versions: at most RESPONSE_CACHE_VERSION_CHECK_MS later, and 0 reads them for every request.
// Replication lag cannot freeze a stale figure into the cache, because nothing is cached while any replica's version
// differs from its publisher's: a figure computed from a replica that is behind is served, uncached, as it would be
// without the cache.
//
// A cached answer is served before the operation is parsed, so the query limits are not checked again for it; the
// same operation and variables passed them for the same role when the answer was made, and would pass again.
//
// What is never cached: mutations (which are counted as writes), introspection, the audit log (read to see what
// has just happened, and a refused write is recorded without a new data version), any answer with an error (a
// partial answer from a subgraph that is down, a query over its cost budget), and everything while the versions
// cannot be read.

/**
 * The key of an answer: the plugin's default inputs, hashed synchronously. Its default hashes through WebCrypto's
 * promise, which cost a cached answer more than the lookup itself.
 */
const answerKey = (params: {
  documentString: string;
  operationName?: string | null;
  variableValues?: unknown;
  sessionId?: string | null;
}): string =>
  createHash('sha256')
    .update(
      [
        params.documentString,
        params.operationName ?? '',
        stableStringify(params.variableValues ?? {}),
        params.sessionId ?? '',
      ].join('|'),
    )
    .digest('hex');

/** Everything about a user that an answer depends on. */
function scopeOf(user: User): string {
  return JSON.stringify([user.role, [...user.counties].sort(), user.officeId]);
}

export interface ResponseCacheOptions {
  config: ResponseCacheConfig;
  /** The subgraphs whose data versions key the answers. */
  subgraphs: { name: string; url: string }[];
}

/** Two plugins, in this order: one marks mutations before the cache's own hook sees them. */
export function useDashboardResponseCache({ config, subgraphs }: ResponseCacheOptions): GatewayPlugin[] {
  const store = createAnswerStore(config);
  const versions = createDataVersionWatch(subgraphs, config.versionCheckMs);
  let writesSeen: number | undefined;
  // Per request: whether its answer may come from, and go to, the cache. Set once the versions are read.
  const cacheable = new WeakMap<Request, boolean>();
  // Per execution: a mutation, which is never cached.
  const mutations = new WeakSet<object>();
  const countWrites: GatewayPlugin = {
    onExecute({ args, executeFn, setExecuteFn }) {
      if (getOperationAST(args.document, args.operationName)?.operation !== 'mutation') return;
      mutations.add(args.contextValue);
      // Whatever the outcome (even a refused or failed write may have committed part of an import), the write is
      // counted before its answer goes back, so that the client's next read, through any gateway sharing the
      // store, has a new key and reads the data versions anew.
      setExecuteFn(async (executionArgs) => {
        try {
          return await executeFn(executionArgs);
        } finally {
          await store.recordWrite();
        }
      });
    },
    onDispose: () => store.close(),
  };
  const responseCache = useResponseCache<{ user?: User }>({
    cache: store.cache,
    ttl: config.ttlMs,
    async session(request, context) {
      const user = context.user;
      const writes = user ? await store.writes() : undefined;
      if (writes !== writesSeen) {
        versions.forget();
        writesSeen = writes;
      }
      const reading = writes === undefined ? undefined : await versions.current();
      cacheable.set(request, !!reading?.settled);
      if (!user || !reading) return null;
      return JSON.stringify([scopeOf(user), swedishToday(), writes, reading.key]);
    },
    enabled: (request, context) => cacheable.get(request) === true && !mutations.has(context),
    buildResponseCacheKey: answerKey,
    // Answers are found by their key alone; entities are not tracked for invalidation, so no id fields are added
    // to what the subgraphs are asked.
    idFields: [],
    invalidateViaMutation: false,
    // Query.__schema is never cached by the plugin's own default.
    ttlPerSchemaCoordinate: { 'Query.__type': 0, 'Query.auditLog': 0 },
    includeExtensionMetadata: false,
  });
  // The plugin is typed for plain GraphQL Yoga, whose context the runtime's extends.
  return [countWrites, responseCache as unknown as GatewayPlugin];
}
