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

// Issue #16: the analysts' questions, each answered in one request, are the operations whose opening comment says
// "# Analysts:". Each must find something on the demo data: its first list of rows is not empty.
const analystQueries = operations.filter(([, document]) => /^# Analysts:/.test(document));

const platform = useTestPlatform();

/** The first array met walking the answer depth first, in field order: the rows an analyst's question is about. */
const firstList = (value: unknown): unknown[] | undefined => {
  if (Array.isArray(value)) return value;
  if (value === null || typeof value !== 'object') return undefined;
  for (const child of Object.values(value)) {
    const found = firstList(child);
    if (found) return found;
  }
  return undefined;
};

test('there are named operations to run', () => {
  expect(operations.length).toBeGreaterThanOrEqual(4);
});

test('there are at least five analysts’ questions, among them the grouped ones of issue #16', () => {
  const names = analystQueries.map(([file]) => file);
  expect(names.length).toBeGreaterThanOrEqual(5);
  expect(names).toEqual(
    expect.arrayContaining([
      'DeclinedShareByOffice.graphql',
      'LowestCoverageMunicipalities.graphql',
      'GenderGapByCounty.graphql',
      'EligibilityByOrganiserType.graphql',
      'FollowUpByOfficeAndKind.graphql',
      'HighNeedCoverageByBand.graphql',
    ]),
  );
});

test.each(operations)('%s answers without errors', async (_file, document) => {
  const answer = await platform().query(document);
  expect(answer.errors).toBeUndefined();
  for (const [field, value] of Object.entries(answer.data ?? {})) {
    expect({ field, value }).toEqual({ field, value: expect.anything() });
  }
});

test.each(analystQueries)('%s finds rows on the demo data', async (_file, document) => {
  const answer = await platform().query(document);
  expect(answer.errors).toBeUndefined();
  expect(firstList(answer.data)?.length).toBeGreaterThan(0);
});
