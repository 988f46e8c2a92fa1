import { useTestPlatform, type GraphQLResponse } from '@lagesbild/test-utils';

// Issue #14: a subgraph that dies (SIGKILL, as the out-of-memory killer would) is started again by the launcher's
// supervision with no manual step, while the dashboard's other panels keep their data from the other subgraphs.

const platform = useTestPlatform();

/** What the panels of the other three subgraphs ask for: offices, schools and interventions. */
const OTHER_PANELS = `{
  counties(first: 3) { nodes { name } }
  schools(first: 2) { totalCount nodes { name } }
  interventions(first: 2) { totalCount }
}`;

type OtherPanels = {
  counties: { nodes: { name: string }[] };
  schools: { totalCount: number; nodes: { name: string }[] };
  interventions: { totalCount: number };
};

/** Polls until `check` holds; the limit is only there to fail instead of hanging. */
async function within(limitMs: number, what: string, check: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + limitMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`${what} did not happen within ${limitMs / 1000} s.`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

test('a subgraph killed under load is back and answering within 30 s by itself, and the other panels keep their data', async () => {
  const outcomes = platform().services.get('outcomes')!;
  const readyUrl = new URL('/readyz', platform().subgraphs.find((subgraph) => subgraph.name === 'outcomes')!.url);
  const killedPid = outcomes.child.pid!;

  // Three clients ask for the other panels' data, one request after another, until the subgraph is back.
  let loading = true;
  const answers: GraphQLResponse<OtherPanels>[] = [];
  const clients = Array.from({ length: 3 }, async () => {
    while (loading) answers.push(await platform().query<OtherPanels>(OTHER_PANELS));
  });
  try {
    await within(30_000, 'The first answers under load', async () => answers.length >= 3);
    const beforeKill = answers.length;
    process.kill(killedPid, 'SIGKILL');

    // Back: a new process (not the killed one, whose port is closed) answers ready.
    await within(30_000, 'The outcomes subgraph answering ready again', async () => {
      if (outcomes.child.pid === killedPid) return false;
      const response = await fetch(readyUrl, { signal: AbortSignal.timeout(1000) }).catch(() => undefined);
      return response?.ok === true;
    });
    expect(answers.length).toBeGreaterThan(beforeKill);
  } finally {
    loading = false;
    await Promise.all(clients);
  }

  // Every answer while outcomes was down or starting again had the other subgraphs' data, with no error.
  const incomplete = answers.filter(
    (answer) =>
      answer.errors !== undefined ||
      answer.data?.counties.nodes.length !== 3 ||
      answer.data.schools.nodes.length !== 2 ||
      !(answer.data.interventions.totalCount > 0),
  );
  expect(incomplete).toEqual([]);

  // And its own fields answer through the gateway again.
  const indicators = await platform().query<{ indicators: { totalCount: number } }>('{ indicators { totalCount } }');
  expect(indicators.errors).toBeUndefined();
  expect(indicators.data?.indicators.totalCount).toBeGreaterThan(0);
}, 120_000);
