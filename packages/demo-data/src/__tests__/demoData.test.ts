import { createHash } from 'node:crypto';
import { MUNICIPALITIES, officeForMunicipality } from '@lagesbild/reference-data';
import Organisationsnummer from 'organisationsnummer';
import { lifecycleProblems } from '@lagesbild/domain';
import { DEMO_TODAY, type DemoDataSet, generateDemoData, STATE_ORGANISER_NAME } from '../index';

// One Sweden-sized data set for the whole file: generating it takes a second or two.
let data: DemoDataSet;
let generationMs: number;

beforeAll(() => {
  const started = performance.now();
  data = generateDemoData({ seed: 42, scale: 1 });
  generationMs = performance.now() - started;
});

/** A digest of the whole data set, so that two big runs compare quickly. */
function digest(dataSet: DemoDataSet): string {
  const hash = createHash('sha1');
  for (const [name, rows] of Object.entries(dataSet) as [string, unknown[]][]) {
    hash.update(name);
    for (const row of rows) hash.update(JSON.stringify(row));
  }
  return hash.digest('hex');
}

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

/** The first few rows breaking a rule: one expect per rule, because expect per row is slow over 100 000 rows. */
function offenders<T>(rows: readonly T[], isWrong: (row: T) => boolean): T[] {
  return rows.filter(isWrong).slice(0, 5);
}

describe('determinism', () => {
  it('gives the same data for the same seed and scale', () => {
    expect(digest(generateDemoData({ seed: 42, scale: 1 }))).toBe(digest(data));
  });

  it('gives different data for a different seed', () => {
    const other = generateDemoData({ seed: 43, scale: 0.1 });
    const small = generateDemoData({ seed: 42, scale: 0.1 });
    expect(other.schools.map((s) => s.unitCode)).not.toEqual(small.schools.map((s) => s.unitCode));
    expect(digest(other)).not.toBe(digest(small));
  });

  it('finishes in well under 15 s at scale 1', () => {
    // Generous: the budget is 15 s on a 2-core machine, and it takes about 1–2 s.
    expect(generationMs).toBeLessThan(15_000);
  });
});

describe('organisers and schools', () => {
  it('has the 290 municipalities and several hundred independent organisers', () => {
    const municipal = data.organisers.filter((o) => o.type === 'MUNICIPAL');
    expect(municipal).toHaveLength(290);
    expect(new Set(municipal.map((o) => o.municipalityCode))).toEqual(new Set(MUNICIPALITIES.map((m) => m.code)));
    const independent = data.organisers.filter((o) => o.type === 'INDEPENDENT');
    expect(independent.length).toBeGreaterThanOrEqual(300);
    expect(independent.length).toBeLessThanOrEqual(1200);
    expect(data.organisers.filter((o) => o.name === STATE_ORGANISER_NAME)).toHaveLength(1);
  });

  it('has school counts and independent shares like Sweden', () => {
    const organiserType = new Map(data.organisers.map((o) => [o.id, o.type]));
    const count = (form: string) => data.schools.filter((s) => s.schoolForm === form);
    const independentShare = (form: string) =>
      count(form).filter((s) => organiserType.get(s.organiserId) === 'INDEPENDENT').length / count(form).length;
    expect(count('GRUNDSKOLA').length).toBeGreaterThanOrEqual(4500);
    expect(count('GRUNDSKOLA').length).toBeLessThanOrEqual(5100);
    expect(independentShare('GRUNDSKOLA')).toBeGreaterThan(0.14);
    expect(independentShare('GRUNDSKOLA')).toBeLessThan(0.2);
    expect(count('GYMNASIESKOLA').length).toBeGreaterThanOrEqual(1150);
    expect(count('GYMNASIESKOLA').length).toBeLessThanOrEqual(1400);
    expect(independentShare('GYMNASIESKOLA')).toBeGreaterThan(0.3);
    expect(independentShare('GYMNASIESKOLA')).toBeLessThan(0.4);
    expect(count('ANPASSAD_GRUNDSKOLA').length).toBeGreaterThanOrEqual(500);
    expect(count('ANPASSAD_GRUNDSKOLA').length).toBeLessThanOrEqual(700);
    expect(count('ANPASSAD_GYMNASIESKOLA').length).toBeGreaterThanOrEqual(200);
    expect(count('ANPASSAD_GYMNASIESKOLA').length).toBeLessThanOrEqual(300);
    expect(count('SPECIALSKOLA')).toHaveLength(8);
  });

  it('has a few large chains spread over many municipalities and mostly small organisers', () => {
    const municipalitiesByOrganiser = new Map<string, Set<string>>();
    for (const school of data.schools) {
      const set = municipalitiesByOrganiser.get(school.organiserId) ?? new Set();
      set.add(school.municipalityCode);
      municipalitiesByOrganiser.set(school.organiserId, set);
    }
    const independent = data.organisers.filter((o) => o.type === 'INDEPENDENT');
    const spread = independent.map((o) => municipalitiesByOrganiser.get(o.id)?.size ?? 0);
    expect(spread.filter((n) => n >= 10).length).toBeGreaterThanOrEqual(5);
    expect(spread.filter((n) => n === 1).length / independent.length).toBeGreaterThan(0.8);
  });

  it('links every school to an existing organiser and municipality, with a grundskola in every municipality', () => {
    const organiserIds = new Set(data.organisers.map((o) => o.id));
    const municipalityCodes = new Set(MUNICIPALITIES.map((m) => m.code));
    expect(
      offenders(data.schools, (s) => !organiserIds.has(s.organiserId) || !municipalityCodes.has(s.municipalityCode)),
    ).toEqual([]);
    const withGrundskola = new Set(
      data.schools.filter((s) => s.schoolForm === 'GRUNDSKOLA').map((s) => s.municipalityCode),
    );
    expect(withGrundskola.size).toBe(290);
    expect(offenders(data.organisers, (o) => !municipalityCodes.has(o.municipalityCode))).toEqual([]);
  });

  it('has unique 8-digit unit codes and unique UUID-shaped ids across the whole set', () => {
    const codes = data.schools.map((s) => s.unitCode);
    expect(new Set(codes).size).toBe(codes.length);
    expect(offenders(codes, (code) => !/^\d{8}$/.test(code))).toEqual([]);
    const ids = [data.organisers, data.schools, data.interventions, data.followUps].flatMap((rows) =>
      rows.map((row) => row.id),
    );
    expect(new Set(ids).size).toBe(ids.length);
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    expect(offenders(ids, (id) => !uuid.test(id))).toEqual([]);
  });

  it('gives every organiser a unique, valid organisation number of the right series', () => {
    const numbers = data.organisers.map((o) => o.organisationNumber);
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(
      offenders(
        data.organisers,
        (o) => !/^\d{6}-\d{4}$/.test(o.organisationNumber) || !Organisationsnummer.valid(o.organisationNumber),
      ),
    ).toEqual([]);
    const municipal = data.organisers.filter((o) => o.type === 'MUNICIPAL');
    expect(offenders(municipal, (o) => !o.organisationNumber.startsWith('212000-'))).toEqual([]);
    const companies = data.organisers.filter((o) => o.name.endsWith(' AB'));
    expect(offenders(companies, (o) => !o.organisationNumber.startsWith('55'))).toEqual([]);
  });

  it('has one school-year row per school and year, 2015–2025, with a plausible index', () => {
    expect(data.schoolYears).toHaveLength(data.schools.length * 11);
    const schoolIds = new Set(data.schools.map((s) => s.id));
    expect(
      offenders(
        data.schoolYears,
        (r) => !schoolIds.has(r.schoolId) || r.year < 2015 || r.year > 2025 || !(r.pupilCount > 0),
      ),
    ).toEqual([]);
    const years = new Set(data.schoolYears.map((r) => `${r.schoolId}:${r.year}`));
    expect(years.size).toBe(data.schoolYears.length);
    const latest = data.schoolYears.filter((row) => row.year === 2025).map((row) => row.socioEconomicIndex);
    const mean = sum(latest) / latest.length;
    const sd = Math.sqrt(sum(latest.map((value) => (value - mean) ** 2)) / latest.length);
    expect(mean).toBeGreaterThan(97);
    expect(mean).toBeLessThan(103);
    expect(sd).toBeGreaterThan(12);
    expect(sd).toBeLessThan(18);
  });
});

describe('scale', () => {
  it('multiplies schools and independent organisers but keeps the 290 municipalities', () => {
    const quarter = generateDemoData({ seed: 42, scale: 0.25 });
    expect(quarter.organisers.filter((o) => o.type === 'MUNICIPAL')).toHaveLength(290);
    const ratio = quarter.schools.length / data.schools.length;
    // Not exactly a quarter: every municipality keeps at least one grundskola.
    expect(ratio).toBeGreaterThan(0.22);
    expect(ratio).toBeLessThan(0.35);
    expect(quarter.interventions.length / data.interventions.length).toBeGreaterThan(0.2);
    expect(quarter.interventions.length / data.interventions.length).toBeLessThan(0.3);
  });

  it('rejects a scale that is not positive', () => {
    expect(() => generateDemoData({ scale: 0 })).toThrow();
  });
});

describe('interventions', () => {
  it('number a few thousand, 2020 to DEMO_TODAY', () => {
    expect(data.interventions.length).toBeGreaterThanOrEqual(2000);
    expect(data.interventions.length).toBeLessThanOrEqual(6000);
    expect(offenders(data.interventions, (i) => i.identifiedOn < '2020-01-01' || i.identifiedOn > DEMO_TODAY)).toEqual(
      [],
    );
  });

  it('follow the lifecycle, with no date after DEMO_TODAY', () => {
    const problems = data.interventions.flatMap((i) =>
      lifecycleProblems(i, DEMO_TODAY).map((problem) => `${i.id}: ${problem}`),
    );
    expect(problems).toEqual([]);
    const statuses = new Set(data.interventions.map((i) => i.status));
    for (const status of ['IDENTIFIED', 'OFFERED', 'DECLINED', 'ONGOING', 'COMPLETED', 'FOLLOWED_UP', 'CANCELLED']) {
      expect(statuses.has(status as never)).toBe(true);
    }
  });

  it('target an existing organiser, some of its own schools, and the office covering its seat', () => {
    const organisers = new Map(data.organisers.map((o) => [o.id, o]));
    const schoolOrganiser = new Map(data.schools.map((s) => [s.id, s.organiserId]));
    const wrong = offenders(data.interventions, (intervention) => {
      const organiser = organisers.get(intervention.organiserId);
      return (
        !organiser ||
        organiser.name === STATE_ORGANISER_NAME ||
        intervention.officeId !== officeForMunicipality(organiser.municipalityCode).id ||
        new Set(intervention.schoolIds).size !== intervention.schoolIds.length ||
        intervention.schoolIds.some((schoolId) => schoolOrganiser.get(schoolId) !== organiser.id)
      );
    });
    expect(wrong).toEqual([]);
    expect(new Set(data.interventions.map((i) => i.officeId)).size).toBe(16);
  });

  it('come more and more from outreach after 2020', () => {
    const outreachShare = (year: number) => {
      const inYear = data.interventions.filter((i) => i.identifiedOn.startsWith(String(year)));
      return inYear.filter((i) => i.origin === 'OUTREACH').length / inYear.length;
    };
    expect(outreachShare(2022)).toBeGreaterThan(outreachShare(2020));
    expect(outreachShare(2024)).toBeGreaterThan(outreachShare(2022));
    expect(outreachShare(2026)).toBeGreaterThan(outreachShare(2024));
  });

  it('go more often to schools with a tougher intake', () => {
    const index2020 = new Map(
      data.schoolYears.filter((r) => r.year === 2020).map((r) => [r.schoolId, r.socioEconomicIndex]),
    );
    const supported = new Set(data.interventions.flatMap((i) => i.schoolIds));
    const meanIndex = (ids: string[]) => sum(ids.map((id) => index2020.get(id) ?? 0)) / ids.length;
    expect(meanIndex([...supported])).toBeGreaterThan(meanIndex(data.schools.map((s) => s.id)) + 1.5);
  });
});
