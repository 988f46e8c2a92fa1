import { useTestPlatform } from '@lagesbild/test-utils';

const platform = useTestPlatform();

test('with one subgraph down the others still answer, and the error and /readyz name the one that is down', async () => {
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

  const notReady = await fetch(`${platform().gatewayUrl}/readyz`);
  expect(notReady.status).toBe(503);
  const body = (await notReady.json()) as { down: { subgraph: string; reason: string }[] };
  expect(body.down.map((entry) => entry.subgraph)).toEqual(['outcomes']);
  expect(body.down[0].reason).toMatch(/outcomes/);

  const alive = await fetch(`${platform().gatewayUrl}/healthz`);
  expect(alive.status).toBe(200);
});
