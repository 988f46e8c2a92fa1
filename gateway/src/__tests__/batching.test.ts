import { sqlStatementCount, useTestPlatform } from '@lagesbild/test-utils';

const platform = useTestPlatform();

// Counties → municipalities → schools with fields from every subgraph: a query whose rows multiply at each level.
const NATION = `query Nation($first: Int) {
  counties(first: $first) {
    nodes {
      code name
      offices { town }
      municipalities {
        code name office { town }
        schools {
          name organiser { name }
          interventions { kind followUps { status } }
          outcomes(indicatorCode: "MERIT_VALUE_17", group: ALL, fromYear: 2025) { value status }
        }
      }
    }
  }
}`;

async function statementsPerSubgraph(first: number): Promise<{ counts: Record<string, number>; schools: number }> {
  const before = await Promise.all(platform().subgraphs.map((subgraph) => sqlStatementCount(subgraph.url)));
  const answer = await platform().query<{ counties: { nodes: { municipalities: { schools: unknown[] }[] }[] } }>(
    NATION,
    {
      first,
    },
  );
  expect(answer.errors).toBeUndefined();
  const after = await Promise.all(platform().subgraphs.map((subgraph) => sqlStatementCount(subgraph.url)));
  const counts = Object.fromEntries(platform().subgraphs.map((subgraph, i) => [subgraph.name, after[i] - before[i]]));
  const schools = answer
    .data!.counties.nodes.flatMap((county) => county.municipalities)
    .flatMap((m) => m.schools).length;
  return { counts, schools };
}

test('the SQL statements of a nationwide query stay the same when its rows multiply', async () => {
  const small = await statementsPerSubgraph(2);
  const large = await statementsPerSubgraph(21);
  // The rows really did multiply…
  expect(large.schools).toBeGreaterThan(small.schools * 4);
  // …and no subgraph sent one statement more for them.
  expect(large.counts).toEqual(small.counts);
  // Every subgraph took part, with a handful of statements each, not one per row.
  for (const [subgraph, count] of Object.entries(large.counts)) {
    expect({ subgraph, count }).toEqual({ subgraph, count: expect.any(Number) });
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThan(12);
  }
});
