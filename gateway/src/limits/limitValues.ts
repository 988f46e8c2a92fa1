import { SUBGRAPH_QUERY_TIMEOUT_MS } from '@lagesbild/platform';
import type { Role } from '@lagesbild/auth';

/**
 * The query limits of issue #5, with the environment variables that override them. The defaults leave room above
 * every named operation in schema/operations/ (the largest: depth 8, 282 tokens, 3 directives, no aliases), which
 * gateway/src/__tests__/queryLimits.test.ts checks for every role that uses them.
 */
export interface QueryLimits {
  /** Levels of nested selections (fragments count as the fields they hold). */
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  /** Lexical tokens in the whole document: names, punctuation, values. */
  maxTokens: number;
  /** The largest cost, as GraphQL Armor counts it (see costBudget.ts), each role may spend on one operation. */
  costBudget: Record<Role, number>;
  /** Requests each signed-in user may send in each window (see rateLimit.ts). */
  rateLimit: { requests: number; windowSeconds: number };
  /** The whole request's time limit for queries; mutations get the subgraph mutation timeout and a minute more. */
  queryTimeoutMs: number;
}

/**
 * The others' budget holds every named operation at the largest page the subgraphs serve (500 rows): the costliest,
 * FollowUpByArea, then counts about 295,000, since Armor counts all its @include branches. It refuses lists nested
 * in lists of that size. Analysts write ad-hoc queries in the explorer, so theirs is ten times as large.
 */
const COST_BUDGET = 300_000;
const ANALYST_COST_BUDGET = 3_000_000;

export class QueryLimitConfigError extends Error {}

function positiveInteger(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) {
    throw new QueryLimitConfigError(`${name} must be a whole number of at least 1, not "${raw}".`);
  }
  return value;
}

export function readQueryLimits(env: NodeJS.ProcessEnv = process.env): QueryLimits {
  const budget = positiveInteger(env, 'QUERY_COST_BUDGET', COST_BUDGET);
  const queryTimeoutMs = positiveInteger(env, 'QUERY_TIMEOUT_SECONDS', 30) * 1000;
  if (queryTimeoutMs <= SUBGRAPH_QUERY_TIMEOUT_MS) {
    throw new QueryLimitConfigError(
      `QUERY_TIMEOUT_SECONDS must be longer than a subgraph call may take (${SUBGRAPH_QUERY_TIMEOUT_MS / 1000} s), ` +
        'so that a slow subgraph is reported as such rather than the whole request timing out.',
    );
  }
  return {
    maxDepth: positiveInteger(env, 'QUERY_MAX_DEPTH', 10),
    maxAliases: positiveInteger(env, 'QUERY_MAX_ALIASES', 20),
    maxDirectives: positiveInteger(env, 'QUERY_MAX_DIRECTIVES', 10),
    maxTokens: positiveInteger(env, 'QUERY_MAX_TOKENS', 1000),
    costBudget: {
      leadership: budget,
      regional: budget,
      office: budget,
      admin: budget,
      analyst: positiveInteger(env, 'ANALYST_QUERY_COST_BUDGET', ANALYST_COST_BUDGET),
    },
    rateLimit: {
      requests: positiveInteger(env, 'RATE_LIMIT_REQUESTS', 1200),
      windowSeconds: positiveInteger(env, 'RATE_LIMIT_WINDOW_SECONDS', 60),
    },
    queryTimeoutMs,
  };
}
