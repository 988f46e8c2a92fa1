import { readResponseCacheConfig } from '../responseCache/responseCacheConfig';

test('the response cache is on, per process, unless the environment says otherwise', () => {
  expect(readResponseCacheConfig({})).toEqual({
    enabled: true,
    ttlMs: 600_000,
    versionCheckMs: 1000,
    maxEntries: 1000,
    redisUrl: undefined,
  });
  expect(readResponseCacheConfig({ RESPONSE_CACHE: 'OFF' }).enabled).toBe(false);
  expect(readResponseCacheConfig({ RESPONSE_CACHE_VERSION_CHECK_MS: '0' }).versionCheckMs).toBe(0);
  expect(readResponseCacheConfig({ RESPONSE_CACHE_REDIS_URL: 'rediss://cache:6380' }).redisUrl).toBe(
    'rediss://cache:6380',
  );
});

test('nonsense in its settings is refused in words', () => {
  expect(() => readResponseCacheConfig({ RESPONSE_CACHE: 'yes' })).toThrow(
    'RESPONSE_CACHE must be "on" or "off", not "yes".',
  );
  expect(() => readResponseCacheConfig({ RESPONSE_CACHE_TTL_SECONDS: '0' })).toThrow(
    'RESPONSE_CACHE_TTL_SECONDS must be a whole number of at least 1, not "0".',
  );
  expect(() => readResponseCacheConfig({ RESPONSE_CACHE_VERSION_CHECK_MS: '-1' })).toThrow(
    'RESPONSE_CACHE_VERSION_CHECK_MS must be a whole number of at least 0, not "-1".',
  );
  expect(() => readResponseCacheConfig({ RESPONSE_CACHE_REDIS_URL: 'localhost:6379' })).toThrow(
    'RESPONSE_CACHE_REDIS_URL must be a redis:// or rediss:// address, not "localhost:6379".',
  );
});
