import { INDICATORS } from '@lagesbild/reference-data';
import { DEMO_TODAY, type DemoDataSet, generateDemoData } from '../index';

// One Sweden-sized data set for the whole file: generating it takes a second or two.
let data: DemoDataSet;

beforeAll(() => {
  data = generateDemoData({ seed: 42, scale: 1 });
});

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
const IN_30_DAYS = '2026-12-22';

/** The first few rows breaking a rule: one expect per rule, because expect per row is slow over a million rows. */
function offenders<T>(rows: readonly T[], isWrong: (row: T) => boolean): T[] {
  return rows.filter(isWrong).slice(0, 5);
}

describe('follow-ups', () => {
  it('close every completed intervention, and FOLLOWED_UP ones are done on the day the intervention says', () => {
    const byIntervention = new Map<string, (typeof data.followUps)[number][]>();
    for (const followUp of data.followUps) {
      const list = byIntervention.get(followUp.interventionId) ?? [];
      list.push(followUp);
      byIntervention.set(followUp.interventionId, list);
    }
    const wrong = offenders(data.interventions, (intervention) => {
      const followUps = byIntervention.get(intervention.id) ?? [];
      if (intervention.status === 'COMPLETED' || intervention.status === 'FOLLOWED_UP') {
        const completedOn = intervention.completedOn ?? '';
        const closing = followUps.filter((f) => f.dueOn > completedOn);
        return closing.length !== 1 || closing[0].completedOn !== intervention.followedUpOn;
      }
      return intervention.status !== 'ONGOING' && followUps.length > 0;
    });
    expect(wrong).toEqual([]);
  });

  it('are done with an assessment and a next step, or open with neither', () => {
    const interventionIds = new Set(data.interventions.map((i) => i.id));
    const wrong = offenders(data.followUps, (f) => {
      if (!interventionIds.has(f.interventionId)) return true;
      if (f.completedOn === null) return f.assessment !== null || f.nextStep !== null;
      return f.completedOn > DEMO_TODAY || f.assessment === null || typeof f.nextStep !== 'string';
    });
    expect(wrong).toEqual([]);
  });

  it('include overdue ones, ones due within 30 days and ones not yet due', () => {
    const open = data.followUps.filter((f) => f.completedOn === null);
    expect(open.filter((f) => f.dueOn < DEMO_TODAY).length).toBeGreaterThan(20);
    expect(open.filter((f) => f.dueOn >= DEMO_TODAY && f.dueOn <= IN_30_DAYS).length).toBeGreaterThan(5);
    expect(open.filter((f) => f.dueOn > IN_30_DAYS).length).toBeGreaterThan(20);
    const running = new Set(data.interventions.filter((i) => i.status === 'ONGOING').map((i) => i.id));
    expect(data.followUps.some((f) => running.has(f.interventionId))).toBe(true);
  });
});

describe('outcome values', () => {
  it('stay under 1.5 million rows and cover the right school forms', () => {
    expect(data.outcomeValues.length).toBeLessThan(1_500_000);
    const form = new Map(data.schools.map((s) => [s.id, s.schoolForm]));
    const formOf = new Map(INDICATORS.map((i) => [i.code, i.schoolForm]));
    expect(offenders(data.outcomeValues, (r) => form.get(r.schoolId) !== formOf.get(r.indicatorCode))).toEqual([]);
    const perSchoolYear = INDICATORS.filter((i) => i.schoolForm === 'GRUNDSKOLA').length * 3;
    const grundskolor = data.schools.filter((s) => s.schoolForm === 'GRUNDSKOLA').length;
    const gymnasier = data.schools.filter((s) => s.schoolForm === 'GYMNASIESKOLA').length;
    expect(data.outcomeValues).toHaveLength(11 * (grundskolor * perSchoolYear + gymnasier * 3));
  });

  it('follow the status rules: suppressed under 10 pupils, missing without a count', () => {
    const statuses = new Set(data.outcomeValues.map((row) => row.status));
    expect(statuses).toEqual(new Set(['REPORTED', 'SUPPRESSED', 'MISSING']));
    const suppressed = data.outcomeValues.filter((row) => row.status === 'SUPPRESSED');
    expect(offenders(suppressed, (r) => r.value !== null || r.pupilCount === null || r.pupilCount >= 10)).toEqual([]);
    const missing = data.outcomeValues.filter((row) => row.status === 'MISSING');
    expect(offenders(missing, (r) => r.value !== null || r.pupilCount !== null)).toEqual([]);
    const ranges = new Map(INDICATORS.map((i) => [i.code, [i.min, i.max] as const]));
    const reported = data.outcomeValues.filter((row) => row.status === 'REPORTED');
    const wrong = offenders(reported, (r) => {
      const [min, max] = ranges.get(r.indicatorCode) ?? [NaN, NaN];
      return r.pupilCount === null || r.pupilCount < 10 || r.value === null || !(r.value >= min && r.value <= max);
    });
    expect(wrong).toEqual([]);
  });

  it('have girls + boys = all pupils wherever the counts are given', () => {
    const byKey = new Map<string, Partial<Record<string, number | null>>>();
    for (const row of data.outcomeValues) {
      const key = `${row.schoolId}:${row.year}:${row.indicatorCode}`;
      const groups = byKey.get(key) ?? {};
      groups[row.group] = row.pupilCount;
      byKey.set(key, groups);
    }
    const complete = [...byKey.values()].filter((g) => g.ALL != null && g.GIRLS != null && g.BOYS != null);
    expect(offenders(complete, (g) => (g.GIRLS ?? 0) + (g.BOYS ?? 0) !== g.ALL)).toEqual([]);
    expect(complete.length).toBeGreaterThan(byKey.size * 0.9);
  });

  it('hit the published national levels in 2025', () => {
    const national = (code: string) => {
      const rows = data.outcomeValues.filter(
        (r) => r.year === 2025 && r.indicatorCode === code && r.group === 'ALL' && r.status === 'REPORTED',
      );
      return sum(rows.map((r) => (r.value ?? 0) * (r.pupilCount ?? 0))) / sum(rows.map((r) => r.pupilCount ?? 0));
    };
    const bands: Record<string, [number, number]> = {
      ELIGIBLE_NATIONAL_PROGRAMME: [84, 86],
      MERIT_VALUE_17: [224, 234],
      PASSED_ALL_SUBJECTS: [72, 78],
      DEGREE_WITHIN_3_YEARS: [77, 83],
      ABSENCE_OVER_15: [10, 15],
      SALSA_RESIDUAL: [-3, 3],
    };
    for (const [code, [low, high]] of Object.entries(bands)) {
      expect(national(code)).toBeGreaterThanOrEqual(low);
      expect(national(code)).toBeLessThanOrEqual(high);
    }
  });

  it('improve at supported schools a couple of years after support starts', () => {
    const firstStart = new Map<string, number>();
    for (const intervention of data.interventions) {
      if (intervention.startedOn === null) continue;
      const year = Number(intervention.startedOn.slice(0, 4));
      for (const id of intervention.schoolIds) firstStart.set(id, Math.min(firstStart.get(id) ?? year, year));
    }
    const salsa = new Map<string, number>();
    for (const row of data.outcomeValues) {
      if (row.indicatorCode === 'SALSA_RESIDUAL' && row.group === 'ALL' && row.value !== null) {
        salsa.set(`${row.schoolId}:${row.year}`, row.value);
      }
    }
    const changes: number[] = [];
    for (const [schoolId, year] of firstStart) {
      if (year > 2022) continue;
      const before = salsa.get(`${schoolId}:${year - 1}`);
      const after = salsa.get(`${schoolId}:${year + 2}`);
      if (before !== undefined && after !== undefined) changes.push(after - before);
    }
    expect(changes.length).toBeGreaterThan(100);
    expect(sum(changes) / changes.length).toBeGreaterThan(1);
  });
});
