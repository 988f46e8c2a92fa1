import { SqlParameters } from '../services/figureCells';

// How each area's school units are chosen, filtered and grouped is tested against PostgreSQL (areaFigures.test.ts).

test('rows go to PostgreSQL as one typed array per column', () => {
  const p = new SqlParameters();
  const sql = p.unnest(
    't',
    [
      { n: 1, s: 'x' },
      { n: 2, s: 'y' },
    ],
    { n: ['int', (r) => r.n], s: ['text', (r) => r.s] },
  );
  expect(sql).toBe('unnest($1::int[], $2::text[]) AS t(n, s)');
  expect(p.values).toEqual([
    [1, 2],
    ['x', 'y'],
  ]);
  expect(p.add('2025-01-01', 'date')).toBe('$3::date');
});
