import { ENGLISH_CSV, toCsv } from '../csv';
import { firstList, flattenRow, resultTable } from '../flattenResult';

const answer = {
  nation: {
    name: 'Sverige',
    counties: [
      {
        code: '01',
        name: 'Stockholms län',
        coverage: { schools: 10, schoolsReached: 4 },
        offices: [{ town: 'Solna' }],
      },
      { code: '03', name: 'Uppsala län', coverage: null, offices: [] },
    ],
  },
};

test('finds the first list breadth-first, with its path', () => {
  expect(firstList(answer)?.path).toBe('nation.counties');
  expect(firstList({ a: 1 })).toBeNull();
});

test('flattens nested objects to dotted keys, keeping inner lists as JSON', () => {
  expect(flattenRow(answer.nation.counties[0])).toEqual({
    code: '01',
    name: 'Stockholms län',
    'coverage.schools': 10,
    'coverage.schoolsReached': 4,
    offices: '[{"town":"Solna"}]',
  });
});

test('turns an answer into CSV with one column per leaf seen in any row', () => {
  const table = resultTable(answer)!;
  expect(table.columns.map((column) => column.header)).toEqual([
    'code',
    'name',
    'coverage.schools',
    'coverage.schoolsReached',
    'offices',
    'coverage',
  ]);
  // The English dialect (comma and decimal point), as an English-speaking analyst's download is written.
  expect(toCsv(table.columns, table.rows, ENGLISH_CSV)).toBe(
    '\uFEFFcode,name,coverage.schools,coverage.schoolsReached,offices,coverage\r\n' +
      '01,Stockholms län,10,4,"[{""town"":""Solna""}]",\r\n' +
      '03,Uppsala län,,,[],\r\n',
  );
});
