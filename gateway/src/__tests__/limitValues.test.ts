import { SUBGRAPH_QUERY_TIMEOUT_MS } from '@lagesbild/platform';
import { readQueryLimits } from '../limits/limitValues';

test('the whole request may take longer than one subgraph call', () => {
  expect(readQueryLimits({}).queryTimeoutMs).toBeGreaterThan(SUBGRAPH_QUERY_TIMEOUT_MS);
  expect(() => readQueryLimits({ QUERY_TIMEOUT_SECONDS: '10' })).toThrow(/longer than a subgraph call/);
  expect(readQueryLimits({ QUERY_TIMEOUT_SECONDS: '11' }).queryTimeoutMs).toBe(11_000);
});

test('the limits are read from the environment, and nonsense is refused in words', () => {
  const limits = readQueryLimits({
    QUERY_COST_BUDGET: '1000',
    ANALYST_QUERY_COST_BUDGET: '5000',
    QUERY_MAX_DEPTH: '4',
  });
  expect(limits.costBudget).toEqual({ leadership: 1000, regional: 1000, office: 1000, admin: 1000, analyst: 5000 });
  expect(limits.maxDepth).toBe(4);
  expect(() => readQueryLimits({ RATE_LIMIT_REQUESTS: 'many' })).toThrow(
    'RATE_LIMIT_REQUESTS must be a whole number of at least 1, not "many".',
  );
});
