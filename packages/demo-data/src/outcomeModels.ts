// How each outcome indicator is drawn. National levels follow roughly the published ones year by year; schools
// differ by intake (the socio-economic index), by their own school effect, and by any support they have had.

/** A share of pupils (0–100 %), drawn as a count per group on the logit scale. */
export interface PercentModel {
  shape: 'PERCENT';
  /** National level per year, 2015–2025, in per cent. */
  nationalLevel: readonly number[];
  /** Logit change per standard deviation of advantage (15 index points below 100). */
  advantage: number;
  /** Logit change per standard deviation of the school effect. */
  quality: number;
  /** Logit offset for girls; boys get the opposite. */
  girls: number;
  /** Logit change once support has had its full effect. */
  support: number;
  /** Standard deviation of the school's year-to-year shock, on the logit scale. */
  shock: number;
}

/** A mean over pupils (merit points), drawn per group with sampling noise. */
export interface MeanModel {
  shape: 'MEAN';
  nationalLevel: readonly number[];
  advantage: number;
  quality: number;
  girls: number;
  support: number;
  shock: number;
  /** Spread between pupils, which makes small groups noisy. */
  pupilSd: number;
  min: number;
  max: number;
}

/** SALSA: the merit value minus what the intake alone predicts, so it is read off the merit draws. */
export interface ResidualModel {
  shape: 'RESIDUAL';
  of: string;
}

export type OutcomeModel = PercentModel | MeanModel | ResidualModel;

export const OUTCOME_MODELS: Readonly<Record<string, OutcomeModel>> = {
  ELIGIBLE_NATIONAL_PROGRAMME: {
    shape: 'PERCENT',
    // Around 85 %, with the dip of 2016–2017 when many newly arrived pupils left year 9.
    nationalLevel: [85.6, 83.1, 82.5, 84.4, 84.3, 85.6, 86.2, 85.6, 84.7, 85.0, 85.2],
    advantage: 0.75,
    quality: 0.4,
    girls: 0.12,
    support: 0.2,
    shock: 0.12,
  },
  MERIT_VALUE_17: {
    shape: 'MEAN',
    nationalLevel: [224.6, 224.4, 226.3, 229.8, 229.9, 231.1, 232.0, 230.4, 228.8, 229.0, 229.3],
    advantage: 28,
    quality: 13,
    // Girls lead by about 20 merit points nationally.
    girls: 11,
    support: 6,
    shock: 4,
    pupilSd: 60,
    min: 0,
    max: 340,
  },
  PASSED_ALL_SUBJECTS: {
    shape: 'PERCENT',
    nationalLevel: [77.0, 74.1, 74.1, 75.6, 75.5, 76.5, 76.5, 75.0, 73.5, 74.0, 74.5],
    advantage: 0.8,
    quality: 0.45,
    girls: 0.18,
    support: 0.2,
    shock: 0.12,
  },
  ABSENCE_OVER_15: {
    shape: 'PERCENT',
    // Invented: rising to a peak in the pandemic years, then easing.
    nationalLevel: [10.5, 10.8, 11.2, 11.5, 11.8, 13.5, 15.0, 14.5, 13.8, 13.2, 12.8],
    advantage: -0.4,
    quality: -0.25,
    girls: 0.05,
    support: -0.15,
    shock: 0.12,
  },
  SALSA_RESIDUAL: { shape: 'RESIDUAL', of: 'MERIT_VALUE_17' },
  DEGREE_WITHIN_3_YEARS: {
    shape: 'PERCENT',
    nationalLevel: [78.5, 78.8, 79.2, 79.5, 79.6, 80.1, 80.5, 80.0, 79.8, 80.0, 80.2],
    advantage: 0.6,
    quality: 0.35,
    girls: 0.15,
    support: 0.15,
    shock: 0.1,
  },
};
