import { metricSum, scrapeMetrics, useTestPlatform, type MetricSample } from '@lagesbild/test-utils';

const platform = useTestPlatform();

const COUNTIES = `query CountiesForMetrics { counties(first: 3) { nodes { code name schools { name } } } }`;
// A page size outside 1 to 500 is the caller's mistake, coded BAD_USER_INPUT.
const BAD_PAGE = `query BadPageForMetrics { counties(first: 0) { nodes { code } } }`;

const schoolsMetricsUrl = () => new URL('/metrics', platform().subgraphs.find((s) => s.name === 'schools')!.url);

async function scrapeBoth(): Promise<{ gateway: MetricSample[]; schools: MetricSample[] }> {
  const [gateway, schools] = await Promise.all([
    scrapeMetrics(platform().gatewayMetricsUrl),
    scrapeMetrics(schoolsMetricsUrl()),
  ]);
  return { gateway, schools };
}

test('the gateway and a subgraph count requests, subgraph calls, SQL and errors by code in their metrics', async () => {
  const before = await scrapeBoth();
  for (let i = 0; i < 3; i++) {
    const answer = await platform().query(COUNTIES);
    expect(answer.errors).toBeUndefined();
  }
  const refused = await platform().query(BAD_PAGE);
  expect(refused.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  const after = await scrapeBoth();

  const moved = (side: 'gateway' | 'schools', name: string, labels: Record<string, string> = {}) =>
    metricSum(after[side], name, labels) - metricSum(before[side], name, labels);

  // The gateway: each request's latency, by operation, and each call to the schools subgraph.
  expect(moved('gateway', 'graphql_yoga_http_duration_count', { operationName: 'CountiesForMetrics' })).toBe(3);
  expect(moved('gateway', 'graphql_gateway_subgraph_execute_duration_count', { subgraphName: 'schools' })).toBe(3);
  // The refused request is counted by its code, and the good ones added no error.
  expect(moved('gateway', 'graphql_envelop_error_result', { code: 'BAD_USER_INPUT' })).toBe(1);
  expect(moved('gateway', 'graphql_envelop_error_result')).toBe(1);

  // The subgraph: its GraphQL requests' latency, its statements' latency and its pool.
  expect(
    moved('schools', 'lagesbild_http_request_duration_seconds_count', { route: '/graphql' }),
  ).toBeGreaterThanOrEqual(3);
  expect(moved('schools', 'lagesbild_sql_statements_total')).toBeGreaterThanOrEqual(3);
  expect(moved('schools', 'lagesbild_sql_duration_seconds_count')).toBeGreaterThanOrEqual(
    moved('schools', 'lagesbild_sql_statements_total'),
  );
  expect(metricSum(after.schools, 'lagesbild_db_pool_connections', { state: 'max' })).toBe(10);
  expect(metricSum(after.schools, 'lagesbild_db_pool_connections', { state: 'idle' })).toBeGreaterThan(0);
});

test('the gateway’s metrics are on its metrics port, not on the public one', async () => {
  const publicAnswer = await fetch(`${platform().gatewayUrl}/metrics`);
  // (The public port answers an unknown path with the dashboard's page, which routes it in the browser.)
  expect(await publicAnswer.text()).not.toContain('# TYPE');
});

test('every answer carries the request id, the caller’s own when it sends a plausible one', async () => {
  const given = await fetch(`${platform().gatewayUrl}/healthz`, { headers: { 'x-request-id': 'probe-42' } });
  expect(given.headers.get('x-request-id')).toBe('probe-42');
  // Text that is not an id is not written into the logs: the gateway makes one of its own.
  const odd = await fetch(`${platform().gatewayUrl}/healthz`, { headers: { 'x-request-id': 'a b\tc' } });
  expect(odd.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
});
