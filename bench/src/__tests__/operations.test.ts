import { defaultVariables, operationsInSource } from '../operations';

test('a named query with defaults is benched, with its default variables', () => {
  const source = 'query CountyOffices($county: ID! = "01", $first: Int = 20) { county(code: $county) { name } }';
  const { operations, skipped } = operationsInSource('CountyOffices.graphql', source);
  expect(skipped).toEqual([]);
  expect(operations).toEqual([{ name: 'CountyOffices', file: 'CountyOffices.graphql', document: source }]);
  expect(defaultVariables(operations[0])).toEqual({ county: '01', first: 20 });
});

test('an operation may say it is not benched, and why', () => {
  const source = '# bench: skip  runs an import\nquery Heavy { indicators { totalCount } }';
  expect(operationsInSource('Heavy.graphql', source)).toEqual({
    operations: [],
    skipped: [{ name: 'Heavy', file: 'Heavy.graphql', reason: 'runs an import' }],
  });
});

test('mutations, anonymous operations and required variables without defaults are not benched', () => {
  const source = `
    mutation Move { moveIntervention(id: "x", to: ONGOING, on: "2025-01-01") { id } }
    query Needs($id: ID!) { intervention(id: $id) { id } }
    query Fine($first: Int) { indicators(first: $first) { totalCount } }
    { indicators { totalCount } }`;
  const { operations, skipped } = operationsInSource('Mixed.graphql', source);
  expect(operations.map((operation) => operation.name)).toEqual(['Fine']);
  expect(skipped.map((skip) => [skip.name, skip.reason])).toEqual([
    ['Move', 'a mutation, not a query'],
    ['Needs', '$id has no default value'],
    ['(anonymous)', 'an operation needs a name to be benched'],
  ]);
});
