import 'reflect-metadata';
import { OrganiserType, SchoolForm } from '@lagesbild/domain';
import type { ScopeSchool } from '../areaScope';
import { packScope, requiredScopeSchools, ScopeTable, unpackScope } from '../scopeTable';

// The scope table carries an area's school units from the schools subgraph to the others: what they unpack must be
// exactly what was packed, and a value that is not a table must be refused with a message saying what is wrong,
// never read as some other set of schools.

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

const SCHOOLS: ScopeSchool[] = [
  [1, 100, OrganiserType.MUNICIPAL, SchoolForm.GRUNDSKOLA, '0114', 4],
  [2, 100, OrganiserType.MUNICIPAL, SchoolForm.GYMNASIESKOLA, '0114', null],
  [3, 200, OrganiserType.INDEPENDENT, SchoolForm.GRUNDSKOLA, '0180', 1],
  [4, 200, OrganiserType.INDEPENDENT, SchoolForm.SPECIALSKOLA, '1280', 2],
  [5, 100, OrganiserType.MUNICIPAL, SchoolForm.GRUNDSKOLA, '0180', 3],
].map(([unit, organiser, organiserType, schoolForm, municipalityCode, socioEconomicBand]) => ({
  id: id(unit as number),
  organiserId: id(organiser as number),
  organiserType: organiserType as OrganiserType,
  schoolForm: schoolForm as SchoolForm,
  municipalityCode: municipalityCode as string,
  socioEconomicBand: socioEconomicBand as number | null,
}));

test('unpacking gives back every unit as packed, in order, through JSON', () => {
  const table = JSON.parse(JSON.stringify(packScope(SCHOOLS)));
  expect(unpackScope(table)).toEqual(SCHOOLS);
  expect(unpackScope(packScope([]))).toEqual([]);
});

test('repeated values are listed once and pointed to, each column one string', () => {
  const table = packScope(SCHOOLS);
  expect(table.organiserIds).toBe(`${id(100)},${id(200)}`);
  expect(table.organiserTypes).toBe('MUNICIPAL,INDEPENDENT');
  expect(table.municipalityCodes).toBe('0114,0180,1280');
  expect(table.organiser).toBe('0,0,1,1,0');
  expect(table.socioEconomicBand).toBe('4,-,1,2,3');
});

type Spoil = (table: Record<string, unknown>) => Record<string, unknown>;

test.each<[string, Spoil, RegExp]>([
  ['something not an object', () => 'table' as unknown as Record<string, unknown>, /not an object/],
  ['an unknown version', (t) => ({ ...t, version: 2 }), /version must be 1, not 2/],
  ['a column that is not a string', (t) => ({ ...t, organiser: [0, 0, 1, 1, 0] }), /organiser must be a string/],
  [
    'a malformed unit id',
    (t) => ({ ...t, schoolIds: (t.schoolIds as string).replace(id(3), 'x') }),
    /schoolIds cell 3 \("x"\) is not a uuid/,
  ],
  ['an index past its list', (t) => ({ ...t, municipality: '0,0,1,2,3' }), /municipality cell 5 \("3"\)/],
  ['a column one cell short', (t) => ({ ...t, schoolForm: '0,1,0,2' }), /schoolForm must have one cell per unit/],
  ['a band out of range', (t) => ({ ...t, socioEconomicBand: '4,-,1,2,5' }), /band from 1 to 4/],
  ['an unknown school form', (t) => ({ ...t, schoolForms: 'GRUNDSKOLA,X,SPECIALSKOLA' }), /schoolForms cell 2/],
  ['organiser types not parallel', (t) => ({ ...t, organiserTypes: 'MUNICIPAL' }), /parallel/],
])('refuses %s, saying what is wrong', (_, spoil, message) => {
  const table = spoil(packScope(SCHOOLS) as unknown as Record<string, unknown>);
  expect(() => unpackScope(table)).toThrow(message);
  expect(() => ScopeTable.parseValue(table)).toThrow(message);
});

test('a representation without a scope has no schools; one scope is unpacked once for all its fields', () => {
  expect(requiredScopeSchools(null)).toBeNull();
  expect(requiredScopeSchools({})).toBeNull();
  const scope = { table: packScope(SCHOOLS) };
  const first = requiredScopeSchools(scope);
  expect(first).toEqual(SCHOOLS);
  expect(requiredScopeSchools(scope)).toBe(first);
});
