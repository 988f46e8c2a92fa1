import { createRedisCache } from '@envelop/response-cache-redis';
import { createInMemoryCache, type Cache } from '@graphql-yoga/plugin-response-cache';
import Redis from 'ioredis';
import type { ResponseCacheConfig } from './responseCacheConfig';

/** Where cached answers are kept: this process's memory, or a Redis server that every gateway replica shares. */
export interface AnswerStore {
  cache: Cache;
  /**
   * How many writes have gone through the gateways that share this store: part of every answer's key, so that a
   * write through any of them starts every one of them afresh. Undefined when the store cannot be reached.
   */
  writes(): Promise<number | undefined>;
  /** Counts a write (a mutation carried out, refused or failed), before its answer goes back. */
  recordWrite(): Promise<void>;
  close(): Promise<void>;
}

const WRITES_KEY = 'writes';

/** Redis keys of this platform's answers start with this, so that the server may hold other things too. */
export const REDIS_KEY_PREFIX = 'lagesbild:response-cache:';

/**
 * Answers are found by their key alone (see responseCache.ts), so the plugin's bookkeeping of which entities an
 * answer holds is left out: in Redis those sets would have no expiry and grow without end. A store that fails (a
 * Redis server that is down) makes a request go uncached, never fail.
 */
function keyedOnly(store: Cache): Cache {
  return {
    async get(key) {
      try {
        return await store.get(key);
      } catch (error) {
        console.warn(`response cache: could not read an answer (${String(error)}); answering without the cache`);
        return undefined;
      }
    },
    async set(key, result, _entities, ttl) {
      try {
        await store.set(key, result, [], ttl);
      } catch (error) {
        console.warn(`response cache: could not keep an answer (${String(error)})`);
      }
    },
    invalidate: () => undefined,
  };
}

export function createAnswerStore(config: ResponseCacheConfig): AnswerStore {
  if (!config.redisUrl) {
    let writes = 0;
    return {
      cache: keyedOnly(createInMemoryCache({ max: config.maxEntries })),
      writes: async () => writes,
      recordWrite: async () => {
        writes++;
      },
      close: async () => undefined,
    };
  }
  const redis = new Redis(config.redisUrl, {
    keyPrefix: REDIS_KEY_PREFIX,
    // While the server is unreachable a command fails at once (and the request goes uncached) rather than waiting.
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    commandTimeout: 1_000,
  });
  redis.on('error', (error: Error) => console.warn(`response cache: Redis: ${error.message}`));
  return {
    cache: keyedOnly(createRedisCache({ redis })),
    async writes() {
      try {
        return Number((await redis.get(WRITES_KEY)) ?? 0);
      } catch {
        return undefined;
      }
    },
    async recordWrite() {
      try {
        await redis.incr(WRITES_KEY);
      } catch (error) {
        // The other replicas then see this write when they next read the data versions.
        console.warn(`response cache: could not count a write (${String(error)})`);
      }
    },
    async close() {
      redis.disconnect();
    },
  };
}
