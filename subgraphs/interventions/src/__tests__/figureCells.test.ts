import { OrganiserType, SchoolForm } from '@lagesbild/domain';
import { scopeRows, SqlParameters, type FigureRequest } from '../services/figureCells';
import { ReportDimension } from '../types/reportDimension';

const school = (id: string, municipalityCode: string, schoolForm: SchoolForm, organiserType: OrganiserType) => ({
  id,
  organiserId: `organiser-${id}`,
  organiserType,
  schoolForm,
  municipalityCode,
});

const request: FigureRequest = {
  schools: [
    school('a', '0114', SchoolForm.GRUNDSKOLA, OrganiserType.MUNICIPAL),
    school('b', '0180', SchoolForm.GYMNASIESKOLA, OrganiserType.INDEPENDENT),
    school('c', '1280', SchoolForm.GRUNDSKOLA, OrganiserType.INDEPENDENT),
  ],
  highNeedSchoolIds: ['b'],
  period: { from: '2025-01-01', to: '2025-12-31' },
  filter: null,
  dimension: null,
  officeMap: [
    { municipalityCode: '0114', officeId: 'SOL' },
    { municipalityCode: '0180', officeId: 'STO' },
  ],
};

const keys = (r: FigureRequest) => scopeRows(r, 0).map((row) => [row.school.id, row.scopeKey]);

test('each school unit goes in with its request, whether it has high need, and no group when not grouped', () => {
  expect(
    scopeRows(request, 3).map(({ req, school: s, highNeed, scopeKey }) => [req, s.id, highNeed, scopeKey]),
  ).toEqual([
    [3, 'a', false, null],
    [3, 'b', true, null],
    [3, 'c', false, null],
  ]);
});

test('the dimensions that split the scope give each school its group', () => {
  expect(keys({ ...request, dimension: ReportDimension.COUNTY })).toEqual([
    ['a', '01'],
    ['b', '01'],
    ['c', '12'],
  ]);
  expect(keys({ ...request, dimension: ReportDimension.MUNICIPALITY })).toEqual([
    ['a', '0114'],
    ['b', '0180'],
    ['c', '1280'],
  ]);
  expect(keys({ ...request, dimension: ReportDimension.SCHOOL_FORM })).toEqual([
    ['a', 'GRUNDSKOLA'],
    ['b', 'GYMNASIESKOLA'],
    ['c', 'GRUNDSKOLA'],
  ]);
  expect(keys({ ...request, dimension: ReportDimension.ORGANISER_TYPE })).toEqual([
    ['a', 'MUNICIPAL'],
    ['b', 'INDEPENDENT'],
    ['c', 'INDEPENDENT'],
  ]);
  // A school in a municipality the office map does not name is in no office's group.
  expect(keys({ ...request, dimension: ReportDimension.OFFICE })).toEqual([
    ['a', 'SOL'],
    ['b', 'STO'],
  ]);
  // Years and kinds split the period and the interventions, not the scope.
  expect(keys({ ...request, dimension: ReportDimension.YEAR })).toEqual([
    ['a', null],
    ['b', null],
    ['c', null],
  ]);
});

test('school form and organiser type narrow the scope', () => {
  expect(keys({ ...request, filter: { schoolForm: SchoolForm.GRUNDSKOLA } }).map(([id]) => id)).toEqual(['a', 'c']);
  expect(keys({ ...request, filter: { organiserType: OrganiserType.INDEPENDENT } }).map(([id]) => id)).toEqual([
    'b',
    'c',
  ]);
  expect(
    keys({ ...request, filter: { schoolForm: SchoolForm.GRUNDSKOLA, organiserType: OrganiserType.MUNICIPAL } }),
  ).toEqual([['a', null]]);
});

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
