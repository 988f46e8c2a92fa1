import { decodeToken, isExpired, landingPath, mayReadCounty, mayReadNation } from '../token';

const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const jwt = (claims: Record<string, unknown>) => `${encode({ alg: 'ES256' })}.${encode(claims)}.signature`;

test('reads role, counties, office and expiry from the payload', () => {
  expect(decodeToken(jwt({ role: 'regional', counties: ['17'], name: 'Åsa Öberg', exp: 100 }))).toEqual({
    role: 'regional',
    name: 'Åsa Öberg',
    counties: ['17'],
    office: null,
    expiresAt: 100,
  });
  expect(decodeToken(jwt({ role: 'office', office: 'ume' }))?.office).toBe('UME');
});

test('a token that is not a JWT, or names no role, is no user', () => {
  expect(decodeToken('nonsense')).toBeNull();
  expect(decodeToken('a.b.c')).toBeNull();
  expect(decodeToken(jwt({ sub: 'x' }))).toBeNull();
});

test('expiry is compared in seconds', () => {
  const user = decodeToken(jwt({ role: 'leadership', exp: 1000 }))!;
  expect(isExpired(user, 999_000)).toBe(false);
  expect(isExpired(user, 1_000_000)).toBe(true);
});

test('a regional manager may read only their counties and no national figures', () => {
  const regional = decodeToken(jwt({ role: 'regional', counties: ['10', '12'] }))!;
  expect(mayReadCounty(regional, '12')).toBe(true);
  expect(mayReadCounty(regional, '01')).toBe(false);
  expect(mayReadNation(regional)).toBe(false);
  expect(landingPath(regional)).toBe('/lan?county=10');
});

test('national roles and the anonymous (sign-in not enforced) read everything', () => {
  const leadership = decodeToken(jwt({ role: 'leadership' }))!;
  expect(mayReadCounty(leadership, '01')).toBe(true);
  expect(mayReadNation(leadership)).toBe(true);
  expect(mayReadNation(null)).toBe(true);
  expect(landingPath(leadership)).toBe('/');
});

test('office staff land on their office’s follow-up and read no county or nation', () => {
  const office = decodeToken(jwt({ role: 'office', office: 'UME' }))!;
  expect(landingPath(office)).toBe('/uppfoljning?office=UME');
  expect(mayReadCounty(office, '24')).toBe(false);
  expect(mayReadNation(office)).toBe(false);
});
