import { schemaDir } from '@lagesbild/platform';
import { useTestPlatform } from '@lagesbild/test-utils';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

// The named operations the README shows (and the dashboard will use) must answer on the demo data as written,
// with their default variables.
const folder = path.join(schemaDir, 'operations');
const operations = readdirSync(folder)
  .filter((file) => file.endsWith('.graphql'))
  .map((file) => [file, readFileSync(path.join(folder, file), 'utf8')] as const);

const platform = useTestPlatform();

test('there are named operations to run', () => {
  expect(operations.length).toBeGreaterThanOrEqual(4);
});

test.each(operations)('%s answers without errors', async (_file, document) => {
  const answer = await platform().query(document);
  expect(answer.errors).toBeUndefined();
  for (const [field, value] of Object.entries(answer.data ?? {})) {
    expect({ field, value }).toEqual({ field, value: expect.anything() });
  }
});
