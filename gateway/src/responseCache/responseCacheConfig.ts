/** The gateway's response cache (issue #13), from the environment. */
export interface ResponseCacheConfig {
  /** RESPONSE_CACHE=off turns it off: every request then reaches the subgraphs, as the bench's cache-off figures need. */
  enabled: boolean;
  /** The longest an answer is kept, whatever else (RESPONSE_CACHE_TTL_SECONDS). */
  ttlMs: number;
  /** How long a settled reading of the data versions is trusted (RESPONSE_CACHE_VERSION_CHECK_MS); 0: every request. */
  versionCheckMs: number;
  /** How many answers one gateway process keeps in memory (RESPONSE_CACHE_MAX_ENTRIES). */
  maxEntries: number;
  /** Shares the cache between gateway replicas (RESPONSE_CACHE_REDIS_URL); unset, each process keeps its own. */
  redisUrl?: string;
}

export class ResponseCacheConfigError extends Error {}

function wholeNumber(env: NodeJS.ProcessEnv, name: string, fallback: number, least: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < least) {
    throw new ResponseCacheConfigError(`${name} must be a whole number of at least ${least}, not "${raw}".`);
  }
  return value;
}

export function readResponseCacheConfig(env: NodeJS.ProcessEnv = process.env): ResponseCacheConfig {
  const switchValue = (env.RESPONSE_CACHE ?? 'on').toLowerCase();
  if (switchValue !== 'on' && switchValue !== 'off') {
    throw new ResponseCacheConfigError(`RESPONSE_CACHE must be "on" or "off", not "${env.RESPONSE_CACHE}".`);
  }
  const redisUrl = env.RESPONSE_CACHE_REDIS_URL || undefined;
  if (redisUrl && !/^rediss?:\/\//.test(redisUrl)) {
    throw new ResponseCacheConfigError(
      `RESPONSE_CACHE_REDIS_URL must be a redis:// or rediss:// address, not "${redisUrl}".`,
    );
  }
  return {
    enabled: switchValue === 'on',
    ttlMs: wholeNumber(env, 'RESPONSE_CACHE_TTL_SECONDS', 600, 1) * 1000,
    versionCheckMs: wholeNumber(env, 'RESPONSE_CACHE_VERSION_CHECK_MS', 1000, 0),
    maxEntries: wholeNumber(env, 'RESPONSE_CACHE_MAX_ENTRIES', 1000, 1),
    redisUrl,
  };
}
