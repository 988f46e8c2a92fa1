import { schemaDir } from '@lagesbild/platform';
import { LEADERSHIP, sqlStatementCount, useTestPlatform } from '@lagesbild/test-utils';
import { readFileSync } from 'node:fs';
import path from 'node:path';

// RESPONSE_CACHE=off (issue #13): the bench's cache-off figures, and the gateway as it was before the cache.
const platform = useTestPlatform({ env: { RESPONSE_CACHE: 'off' } });

const NATIONAL_OVERVIEW = readFileSync(path.join(schemaDir, 'operations', 'NationalOverview.graphql'), 'utf8');

test('with the cache off every read of the national overview reaches the figure subgraphs', async () => {
  const figureSubgraphs = platform().subgraphs.filter((s) => s.name === 'interventions' || s.name === 'outcomes');
  for (let attempt = 0; attempt < 3; attempt++) {
    const before = await Promise.all(figureSubgraphs.map((subgraph) => sqlStatementCount(subgraph.url)));
    const answer = await platform().queryAs(LEADERSHIP, NATIONAL_OVERVIEW);
    expect(answer.errors).toBeUndefined();
    const after = await Promise.all(figureSubgraphs.map((subgraph) => sqlStatementCount(subgraph.url)));
    after.forEach((count, i) => expect(count).toBeGreaterThan(before[i]));
  }
});
