import { sqlStatementCount, useTestPlatform } from '@lagesbild/test-utils';

// The area figures (issue #4) cost a fixed number of statements, however many areas a query names: all areas of a
// request tick go to PostgreSQL together, one statement per kind of figure.

const platform = useTestPlatform();

const COUNTIES = `query CountyFigures($first: Int) {
  counties(first: $first) {
    nodes {
      code
      coverage { schools schoolsReached highNeedSchools funnel { started } }
      highNeedNotReached { id name }
      followUpStatus { total overdue byKind { kind total } byOffice { office { town } total } }
      overdueFollowUps(first: 5) { totalCount nodes { daysOverdue followUp { dueOn intervention { reference } } } }
    }
  }
}`;

async function statements(query: string, variables: Record<string, unknown> = {}) {
  const before = await Promise.all(platform().subgraphs.map((subgraph) => sqlStatementCount(subgraph.url)));
  const answer = await platform().query<{ counties?: { nodes: unknown[] } }>(query, variables);
  expect(answer.errors).toBeUndefined();
  const after = await Promise.all(platform().subgraphs.map((subgraph) => sqlStatementCount(subgraph.url)));
  const counts = Object.fromEntries(platform().subgraphs.map((subgraph, i) => [subgraph.name, after[i] - before[i]]));
  return { counts, answer };
}

test('21 counties’ figures cost the statements 2 counties’ do, one per kind of figure', async () => {
  const two = await statements(COUNTIES, { first: 2 });
  const all = await statements(COUNTIES, { first: 21 });
  expect(two.answer.data!.counties!.nodes).toHaveLength(2);
  expect(all.answer.data!.counties!.nodes).toHaveLength(21);
  expect(all.counts).toEqual(two.counts);
  // Coverage, work list, follow-up status and the overdue list (with its interventions); coverage and follow-up
  // status each read the data versions first.
  expect(all.counts.interventions).toBe(6);
});

test('a nation grouped every way is one statement per kind of figure', async () => {
  const dimensions = ['COUNTY', 'MUNICIPALITY', 'OFFICE', 'ORGANISER_TYPE', 'SCHOOL_FORM', 'YEAR', 'KIND'];
  const grouped = dimensions
    .map(
      (dimension) => `
        c${dimension}: coverageBy(groupBy: ${dimension}) { key schoolsReached }
        f${dimension}: followUpStatusBy(groupBy: ${dimension}) { key overdue }`,
    )
    .join('\n');
  const { counts, answer } = await statements(`{ nation { ${grouped} } }`);
  const nation = (answer.data as { nation: Record<string, unknown[]> }).nation;
  for (const dimension of dimensions) expect(nation[`c${dimension}`].length).toBeGreaterThan(1);
  // Coverage and follow-up status, each after its read of the data versions, and each in two statements: one from
  // the rollups for the groups they hold, one live for the years, which split the default period into part-years.
  expect(counts.interventions).toBe(6);
});

test('aliased figures of every kind, mixed on the same areas, are planned and answered alike', async () => {
  // Mixed figures whose @requires differed once made the gateway's query planner fail on this query; figures
  // require nothing now, and this keeps it so.
  const answer = await platform().query<{ counties: { nodes: Record<string, unknown>[] } }>(`{
    counties(first: 3) {
      nodes {
        a: coverage { schools schoolsReached }
        b: followUpStatus { total }
        c: coverage(filter: { kind: ADVICE }) { schools schoolsReached }
        d: followUpStatus(filter: { kind: ADVICE }) { total }
        e: coverage { schools schoolsReached }
        g: supportEffect { years { yearsFromSupport } }
        h: highNeed { count }
        i: followUpStatus { total }
      }
    }
  }`);
  expect(answer.errors).toBeUndefined();
  for (const county of answer.data!.counties.nodes) {
    expect(county.e).toEqual(county.a);
    expect(county.i).toEqual(county.b);
    expect((county.a as { schools: number }).schools).toBeGreaterThan(0);
  }
});
