import { sqlStatementCount } from '@lagesbild/test-utils';

const RUNS = 3;

/**
 * The SQL statements one run of an operation costs, per subgraph, from each subgraph's lagesbild_sql_statements_total.
 * Nothing else should talk to the subgraphs meanwhile, but a pool may open a connection or a timer fire between two
 * reads, so it is taken three times and the fewest count; runs that disagree are reported as unstable.
 */
export async function countStatements(
  runOnce: () => Promise<void>,
  subgraphs: { name: string; url: string }[],
): Promise<{ perSubgraph: Record<string, number>; total: number; stable: boolean; runs: number[] }> {
  const runs: Record<string, number>[] = [];
  for (let run = 0; run < RUNS; run++) {
    const before = await Promise.all(subgraphs.map((subgraph) => sqlStatementCount(subgraph.url)));
    await runOnce();
    const after = await Promise.all(subgraphs.map((subgraph) => sqlStatementCount(subgraph.url)));
    runs.push(Object.fromEntries(subgraphs.map((subgraph, i) => [subgraph.name, after[i] - before[i]])));
  }
  const perSubgraph = Object.fromEntries(
    subgraphs.map((subgraph) => [subgraph.name, Math.min(...runs.map((counts) => counts[subgraph.name]))]),
  );
  const totals = runs.map((counts) => Object.values(counts).reduce((sum, count) => sum + count, 0));
  return {
    perSubgraph,
    total: Object.values(perSubgraph).reduce((sum, count) => sum + count, 0),
    stable: totals.every((total) => total === totals[0]),
    runs: totals,
  };
}
