// The outcome indicators the reports follow. The outcomes subgraph will own this catalogue; it lives here until then
// so that the demo data and every subgraph agree on the codes.

export type IndicatorUnit = 'PERCENT' | 'POINTS' | 'RESIDUAL_POINTS';

export type IndicatorSchoolForm = 'GRUNDSKOLA' | 'GYMNASIESKOLA';

export interface Indicator {
  code: string;
  nameSv: string;
  nameEn: string;
  unit: IndicatorUnit;
  /** The school form whose units report the indicator (year 9 for grundskola). */
  schoolForm: IndicatorSchoolForm;
  /** Whether a rising value is an improvement; absence is the one where it is not. */
  higherIsBetter: boolean;
  source: string;
  /** The range a valid value lies in, inclusive. */
  min: number;
  max: number;
}

export const INDICATORS: readonly Indicator[] = [
  {
    code: 'ELIGIBLE_NATIONAL_PROGRAMME',
    nameSv: 'Andel behöriga till yrkesprogram',
    nameEn: 'Share eligible for a vocational programme in upper secondary school',
    unit: 'PERCENT',
    schoolForm: 'GRUNDSKOLA',
    higherIsBetter: true,
    source: 'Skolverket, grundskolans slutbetyg årskurs 9',
    min: 0,
    max: 100,
  },
  {
    code: 'MERIT_VALUE_17',
    nameSv: 'Genomsnittligt meritvärde (17 ämnen)',
    nameEn: 'Average merit value (17 subjects)',
    unit: 'POINTS',
    schoolForm: 'GRUNDSKOLA',
    higherIsBetter: true,
    source: 'Skolverket, grundskolans slutbetyg årskurs 9',
    min: 0,
    max: 340,
  },
  {
    code: 'PASSED_ALL_SUBJECTS',
    nameSv: 'Andel som uppnått kunskapskraven i alla ämnen',
    nameEn: 'Share with a passing grade in all subjects',
    unit: 'PERCENT',
    schoolForm: 'GRUNDSKOLA',
    higherIsBetter: true,
    source: 'Skolverket, grundskolans slutbetyg årskurs 9',
    min: 0,
    max: 100,
  },
  {
    code: 'ABSENCE_OVER_15',
    nameSv: 'Andel elever med frånvaro över 15 procent',
    nameEn: 'Share of pupils absent more than 15 per cent of the time',
    unit: 'PERCENT',
    schoolForm: 'GRUNDSKOLA',
    higherIsBetter: false,
    // Skolverket has not published absence per school for the whole period, so the demo values are invented.
    source: 'Skolverket, frånvarostatistik (synthetic in the demo data)',
    min: 0,
    max: 100,
  },
  {
    code: 'SALSA_RESIDUAL',
    nameSv: 'SALSA, residual för meritvärde',
    nameEn: 'SALSA residual of the merit value (actual minus expected given pupil background)',
    unit: 'RESIDUAL_POINTS',
    schoolForm: 'GRUNDSKOLA',
    higherIsBetter: true,
    source: 'Skolverket SALSA (synthetic in the demo data)',
    min: -340,
    max: 340,
  },
  {
    code: 'DEGREE_WITHIN_3_YEARS',
    nameSv: 'Andel med examen inom 3 år',
    nameEn: 'Share with an upper secondary diploma within 3 years',
    unit: 'PERCENT',
    schoolForm: 'GYMNASIESKOLA',
    higherIsBetter: true,
    source: 'Skolverket, gymnasieskolans genomströmning',
    min: 0,
    max: 100,
  },
];

const indicatorsByCode = new Map(INDICATORS.map((indicator) => [indicator.code, indicator]));

export function indicatorByCode(code: string): Indicator | undefined {
  return indicatorsByCode.get(code);
}
