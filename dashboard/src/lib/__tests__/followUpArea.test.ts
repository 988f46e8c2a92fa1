import { followUpArea } from '../../followUp/followUpArea';
import { parseFilters } from '../filters';
import type { SessionUser } from '../token';

const user = (role: string, extra: Partial<SessionUser> = {}): SessionUser => ({
  role,
  name: null,
  counties: [],
  office: null,
  expiresAt: null,
  ...extra,
});

test('national roles see the office, else the county, else the nation', () => {
  expect(followUpArea(parseFilters('?office=UME&county=01'), null)).toEqual({ kind: 'office', office: 'UME' });
  expect(followUpArea(parseFilters('?county=01'), user('leadership'))).toEqual({ kind: 'county', county: '01' });
  expect(followUpArea(parseFilters(''), user('analyst'))).toEqual({ kind: 'nation' });
});

test('a regional manager sees a county of theirs, never another nor the nation', () => {
  const regional = user('regional', { counties: ['17'] });
  expect(followUpArea(parseFilters(''), regional)).toEqual({ kind: 'county', county: '17' });
  expect(followUpArea(parseFilters('?county=01'), regional)).toEqual({ kind: 'denied', what: '01' });
});

test('office staff see their own office only', () => {
  const staff = user('office', { office: 'UME' });
  expect(followUpArea(parseFilters(''), staff)).toEqual({ kind: 'office', office: 'UME' });
  expect(followUpArea(parseFilters('?office=LUL'), staff)).toEqual({ kind: 'denied', what: 'LUL' });
});
