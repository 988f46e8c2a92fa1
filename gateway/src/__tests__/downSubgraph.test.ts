import { ADMIN, ANALYST, testToken, useTestPlatform } from '@lagesbild/test-utils';

const platform = useTestPlatform();

test('with one subgraph down the others still answer, the error names it, and the gateway stays ready', async () => {
  const ready = await fetch(`${platform().gatewayUrl}/readyz`);
  expect(ready.status).toBe(200);

  await platform().services.get('outcomes')!.stop();

  const answer = await platform().query<{ counties: { nodes: { name: string }[] }; indicators: unknown }>(
    `{ counties(first: 3) { nodes { name } } indicators { totalCount } }`,
  );
  expect(answer.data?.counties.nodes).toHaveLength(3);
  expect(answer.data?.indicators).toBeNull();
  expect(answer.errors).toEqual([
    expect.objectContaining({
      message: expect.stringMatching(/^The outcomes service is unavailable/),
      path: ['indicators'],
      extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'outcomes' },
    }),
  ]);

  // A school keeps what the other subgraphs know of it; only its outcomes are missing.
  const school = await platform().query<{ schools: { nodes: { name: string; outcomes: unknown }[] } }>(
    `{ schools(first: 2) { nodes { name municipality { name } outcomes { value } } } }`,
  );
  expect(school.data?.schools.nodes).toHaveLength(2);
  for (const node of school.data!.schools.nodes) {
    expect(node.name.length).toBeGreaterThan(0);
    expect(node.outcomes).toBeNull();
  }
  expect(school.errors?.every((error) => error.extensions?.code === 'SUBGRAPH_UNAVAILABLE')).toBe(true);

  // Readiness is the gateway's own (issue #14): it still serves three subgraphs' fields, so a load balancer keeps
  // it in service. The public answer counts, and names no subgraph or address.
  const stillReady = await fetch(`${platform().gatewayUrl}/readyz`);
  expect(stillReady.status).toBe(200);
  const readiness = await stillReady.text();
  expect(JSON.parse(readiness)).toEqual({
    status: 'ready',
    service: 'gateway',
    ready: true,
    supergraphLoaded: true,
    subgraphsReady: 3,
    subgraphs: 4,
  });
  expect(readiness).not.toMatch(/outcomes|127\.0\.0\.1|http/);

  // Which one is down, and where it should answer, is for admins, on /status.
  const status = (token?: string) =>
    fetch(`${platform().gatewayUrl}/status`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  const anonymous = await status();
  expect(anonymous.status).toBe(401);
  expect(await anonymous.text()).not.toMatch(/outcomes|127\.0\.0\.1/);
  const analyst = await status(await testToken(ANALYST));
  expect(analyst.status).toBe(403);
  expect(await analyst.json()).toEqual({
    errors: [{ message: 'Only admins may see the status of the subgraphs.', extensions: { code: 'FORBIDDEN' } }],
  });
  const admin = await status(await testToken(ADMIN));
  expect(admin.status).toBe(200);
  const body = (await admin.json()) as { subgraphs: { name: string; url: string; ready: boolean; reason?: string }[] };
  const outcomesUrl = platform().subgraphs.find((subgraph) => subgraph.name === 'outcomes')!.url;
  expect(body.subgraphs.filter((subgraph) => !subgraph.ready)).toEqual([
    { name: 'outcomes', url: outcomesUrl, ready: false, reason: expect.stringMatching(/^outcomes did not answer at/) },
  ]);
  expect(body.subgraphs.map((subgraph) => subgraph.name).sort()).toEqual(
    platform()
      .subgraphs.map((subgraph) => subgraph.name)
      .sort(),
  );

  const alive = await fetch(`${platform().gatewayUrl}/healthz`);
  expect(alive.status).toBe(200);
});
