import type { User } from '@lagesbild/auth';
import type http from 'node:http';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { QueryLimits } from './limitValues';

/** Says whether a user may send another request now; if not, in how many seconds they may. */
export type RateLimit = (user: User) => Promise<{ allowed: true } | { allowed: false; retryAfterSeconds: number }>;

/**
 * A rate limit per user (issue #5), keyed on the token's subject, so that one user's script cannot starve the
 * others. The counts are kept in this process's memory: with several gateway replicas each counts on its own, so a
 * user may send up to replicas × the limit; rate-limiter-flexible's Redis or PostgreSQL stores would share them.
 */
export function createRateLimit({ requests, windowSeconds }: QueryLimits['rateLimit']): RateLimit {
  const limiter = new RateLimiterMemory({ points: requests, duration: windowSeconds, keyPrefix: 'graphql' });
  return async (user) => {
    try {
      await limiter.consume(user.subject);
      return { allowed: true };
    } catch (refusal) {
      if (!(refusal instanceof RateLimiterRes)) throw refusal;
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(refusal.msBeforeNext / 1000)) };
    }
  };
}

/** The answer to a user over their rate limit: GraphQL's error shape, with HTTP 429 and Retry-After. */
export function rateLimited(res: http.ServerResponse, limits: QueryLimits['rateLimit'], retryAfterSeconds: number) {
  res.writeHead(429, {
    'content-type': 'application/graphql-response+json; charset=utf-8',
    'retry-after': String(retryAfterSeconds),
    'cache-control': 'no-store',
  });
  const message =
    `Too many requests: at most ${limits.requests} every ${limits.windowSeconds} seconds per user. ` +
    `Try again in ${retryAfterSeconds} seconds.`;
  res.end(JSON.stringify({ errors: [{ message, extensions: { code: 'RATE_LIMITED' } }] }));
}
