import { schemaDir } from '@lagesbild/platform';
import { useTestPlatform } from '@lagesbild/test-utils';
import { readFileSync } from 'node:fs';
import path from 'node:path';

// Issue #14: Node's "MaxListenersExceededWarning: … 11 abort listeners added to [AbortSignal]" under ordinary load.
// Each subgraph call hung an abort listener on a signal that lives as long as the gateway, and it stayed there until
// the call's upstream timeout fired, long after the answer (subgraphCallSignal.ts). Eleven calls to one subgraph
// within that time printed the warning. Here the gateway's own output is read while operations go through it one
// after another and in small concurrent bursts; with the listeners still piling up, either part prints it.

const warnings: string[] = [];
const platform = useTestPlatform({
  // The warning's stack, should it come, says who added the listener.
  env: { NODE_OPTIONS: '--trace-warnings' },
  print: (line) => {
    if (line.startsWith('[gateway]') && line.includes('MaxListenersExceededWarning')) warnings.push(line);
  },
});

const operations = ['CountyDetail', 'NationalOverview', 'SchoolProfile', 'FollowUpByArea'].map((name) =>
  readFileSync(path.join(schemaDir, 'operations', `${name}.graphql`), 'utf8'),
);

async function run(index: number): Promise<void> {
  const answer = await platform().query(operations[index % operations.length]);
  expect(answer.errors).toBeUndefined();
}

test('sixty operations one after another leave no abort listeners behind', async () => {
  for (let i = 0; i < 60; i++) await run(i);
  expect(warnings).toEqual([]);
}, 120_000);

// Bursts of a few operations at once: the calls in flight together stay below Node's limit of ten listeners on the
// one signal of a subgraph's executor, and only calls that ended without letting go of theirs could pass it.
test('sixty operations in bursts of four at once leave no abort listeners behind', async () => {
  for (let burst = 0; burst < 15; burst++) {
    await Promise.all([0, 1, 2, 3].map((i) => run(burst * 4 + i)));
  }
  expect(warnings).toEqual([]);
}, 120_000);
