import { schemaDir } from '@lagesbild/platform';
import { useTestPlatform } from '@lagesbild/test-utils';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

// Issue #13: every named operation keeps its answers when figures come from the rollups. The same demo data is
// read through two platforms over the same databases, one with figures from the rollups (the default) and one with
// FIGURES_FROM=live, and every query in schema/operations/ must answer the same, to the last digit. Mutations and
// operations whose variables have no default are left out, since they need input of their own.

const folder = path.join(schemaDir, 'operations');
const queries = readdirSync(folder)
  .filter((file) => file.endsWith('.graphql'))
  .map((file) => [file, readFileSync(path.join(folder, file), 'utf8')] as const)
  .filter(([, document]) => !/^\s*mutation\b/m.test(document) && !/\$\w+\s*:\s*[\w[\]!]+!\s*[,)\n]/.test(document));

const fromRollups = useTestPlatform();
const live = useTestPlatform({ env: { FIGURES_FROM: 'live' } });

// Two platforms start, and the live side computes every figure from raw rows; a limit, not a measure.
jest.setTimeout(180_000);

test('the queries compared include the overview and the equity trends', () => {
  const names = queries.map(([file]) => file);
  expect(names).toEqual(expect.arrayContaining(['NationalOverview.graphql', 'EquityTrend.graphql']));
});

test.each(queries)('%s answers the same from the rollups as live', async (_file, document) => {
  const [rollupAnswer, liveAnswer] = await Promise.all([fromRollups().query(document), live().query(document)]);
  expect(rollupAnswer.errors).toBeUndefined();
  expect(rollupAnswer.data).toEqual(liveAnswer.data);
});
