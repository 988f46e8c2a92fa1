import {
  COUNTIES,
  INDICATORS,
  MUNICIPALITIES,
  OFFICE_AREAS,
  OFFICES,
  officeForMunicipality,
  officeIdForMunicipality,
} from '../index';

const OFFICIAL_COUNTY_CODES = [
  '01',
  '03',
  '04',
  '05',
  '06',
  '07',
  '08',
  '09',
  '10',
  '12',
  '13',
  '14',
  '17',
  '18',
  '19',
  '20',
  '21',
  '22',
  '23',
  '24',
  '25',
];

describe('counties', () => {
  it('are the 21 counties with the official code set', () => {
    expect(COUNTIES).toHaveLength(21);
    expect(COUNTIES.map((county) => county.code)).toEqual(OFFICIAL_COUNTY_CODES);
    expect(new Set(COUNTIES.map((county) => county.name)).size).toBe(21);
    for (const county of COUNTIES) expect(county.name.endsWith(' län')).toBe(true);
  });
});

describe('municipalities', () => {
  it('are the 290 municipalities with unique codes and names', () => {
    expect(MUNICIPALITIES).toHaveLength(290);
    expect(new Set(MUNICIPALITIES.map((m) => m.code)).size).toBe(290);
    expect(new Set(MUNICIPALITIES.map((m) => m.name)).size).toBe(290);
  });

  it('have 4-digit codes that start with their own county code', () => {
    const countyCodes = new Set(COUNTIES.map((county) => county.code));
    for (const municipality of MUNICIPALITIES) {
      expect(municipality.code).toMatch(/^\d{4}$/);
      expect(countyCodes.has(municipality.countyCode)).toBe(true);
      expect(municipality.code.startsWith(municipality.countyCode)).toBe(true);
    }
  });

  it('every county has at least one municipality', () => {
    for (const county of COUNTIES) {
      expect(MUNICIPALITIES.some((m) => m.countyCode === county.code)).toBe(true);
    }
  });

  it('add up to a plausible population for Sweden', () => {
    const total = MUNICIPALITIES.reduce((sum, m) => sum + m.population, 0);
    expect(total).toBeGreaterThanOrEqual(10_300_000);
    expect(total).toBeLessThanOrEqual(10_800_000);
    for (const municipality of MUNICIPALITIES) {
      expect(municipality.population % 100).toBe(0);
      expect(municipality.population).toBeGreaterThan(2_000);
    }
  });
});

describe('offices and the office map', () => {
  it('lists 16 offices with unique 3-letter ids', () => {
    expect(OFFICES).toHaveLength(16);
    expect(new Set(OFFICES.map((office) => office.id)).size).toBe(16);
    for (const office of OFFICES) {
      expect(office.id).toMatch(/^[A-Z]{3}$/);
      expect(office.name).toBe(`Samverkanskontor ${office.town}`);
    }
  });

  it('gives every municipality exactly one office', () => {
    const claims = new Map<string, number>();
    for (const area of OFFICE_AREAS) {
      for (const code of area.municipalityCodes) claims.set(code, (claims.get(code) ?? 0) + 1);
    }
    for (const municipality of MUNICIPALITIES) {
      expect(claims.get(municipality.code)).toBe(1);
      const office = officeForMunicipality(municipality.code);
      const area = OFFICE_AREAS.find((candidate) => candidate.officeId === office.id);
      expect(area?.municipalityCodes).toContain(municipality.code);
    }
    expect([...claims.keys()].sort()).toEqual(MUNICIPALITIES.map((m) => m.code).sort());
  });

  it('has every office cover at least one municipality', () => {
    expect(OFFICE_AREAS.map((area) => area.officeId)).toEqual(OFFICES.map((office) => office.id));
    for (const area of OFFICE_AREAS) expect(area.municipalityCodes.length).toBeGreaterThan(0);
  });

  it('derives the counties of an office from its municipalities', () => {
    const countyOf = new Map(MUNICIPALITIES.map((m) => [m.code, m.countyCode]));
    for (const area of OFFICE_AREAS) {
      const derived = new Set(area.municipalityCodes.map((code) => countyOf.get(code)));
      expect(new Set(area.countyCodes)).toEqual(derived);
    }
  });

  it('splits Stockholm county between Solna (north) and Stockholm (south, with the city)', () => {
    const officesInStockholmCounty = new Set(
      MUNICIPALITIES.filter((m) => m.countyCode === '01').map((m) => officeIdForMunicipality(m.code)),
    );
    expect(officesInStockholmCounty).toEqual(new Set(['SOL', 'STO']));
    expect(officeForMunicipality('0180').id).toBe('STO'); // Stockholm
    expect(officeForMunicipality('0184').id).toBe('SOL'); // Solna
    expect(officeForMunicipality('0980').id).toBe('STO'); // Gotland
    for (const m of MUNICIPALITIES.filter((candidate) => candidate.countyCode === '03')) {
      expect(officeIdForMunicipality(m.code)).toBe('SOL'); // all of Uppsala county
    }
  });

  it('keeps the sourced links and marks the rest as assumed', () => {
    const countyOffice = (countyCode: string) =>
      new Set(MUNICIPALITIES.filter((m) => m.countyCode === countyCode).map((m) => officeIdForMunicipality(m.code)));
    expect(countyOffice('24')).toEqual(new Set(['UME']));
    expect(countyOffice('21')).toEqual(new Set(['GAV']));
    expect(countyOffice('17')).toEqual(new Set(['ORE']));
    expect(countyOffice('18')).toEqual(new Set(['ORE']));
    const sourced = OFFICE_AREAS.filter((area) => area.basis === 'sourced').map((area) => area.officeId);
    expect(sourced.sort()).toEqual(['GAV', 'UME']);
    for (const area of OFFICE_AREAS) {
      for (const code of area.sourcedCountyCodes) expect(area.countyCodes).toContain(code);
    }
  });

  it('throws for an unknown municipality code', () => {
    expect(() => officeForMunicipality('9999')).toThrow();
  });
});

describe('indicators', () => {
  it('have unique codes and sane ranges', () => {
    expect(new Set(INDICATORS.map((indicator) => indicator.code)).size).toBe(INDICATORS.length);
    for (const indicator of INDICATORS) expect(indicator.min).toBeLessThan(indicator.max);
    expect(INDICATORS.filter((indicator) => indicator.schoolForm === 'GYMNASIESKOLA').map((i) => i.code)).toEqual([
      'DEGREE_WITHIN_3_YEARS',
    ]);
  });
});
