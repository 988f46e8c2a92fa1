import { MUNICIPALITIES } from '@lagesbild/reference-data';
import { dataScopeOf, mayReadCounty, mayReadMunicipality } from '../dataScope';
import type { User } from '../user';

const user = (role: User['role'], extra: Partial<User> = {}): User => ({
  subject: 's',
  name: null,
  role,
  counties: [],
  officeId: null,
  ...extra,
});

test.each(['leadership', 'analyst', 'admin'] as const)('%s reads everything', (role) => {
  expect(dataScopeOf(user(role))).toEqual({ all: true });
});

test('a regional manager reads exactly the municipalities of their counties', () => {
  const scope = dataScopeOf(user('regional', { counties: ['17', '25'] }));
  const expected = MUNICIPALITIES.filter((m) => ['17', '25'].includes(m.countyCode)).map((m) => m.code);
  expect(scope).toEqual({ all: false, counties: ['17', '25'], municipalities: expected });
  expect(mayReadCounty(scope, '17')).toBe(true);
  expect(mayReadCounty(scope, '01')).toBe(false);
  expect(mayReadMunicipality(scope, '0180')).toBe(false);
});

test('office staff read their office’s area, which may be part of a county', () => {
  const solna = dataScopeOf(user('office', { officeId: 'SOL' }));
  const stockholm = dataScopeOf(user('office', { officeId: 'STO' }));
  expect(mayReadCounty(solna, '01')).toBe(true);
  expect(mayReadCounty(stockholm, '01')).toBe(true);
  expect(mayReadMunicipality(stockholm, '0180')).toBe(true); // Stockholm city: the southern office
  expect(mayReadMunicipality(solna, '0180')).toBe(false);
  expect(mayReadCounty(solna, '03')).toBe(true); // Uppsala goes with Solna
  expect(mayReadCounty(solna, '12')).toBe(false);
});
