// The early-signal rules of issue #16, in words: the schema's descriptions and the README use these, and
// services/earlySignals.service.ts applies them in SQL. A change to one is a change to the other.

/** The thresholds each rule uses when a request names none (EarlySignalThresholds documents each). */
export const EARLY_SIGNAL_DEFAULTS = {
  absenceRisingYears: 2,
  absenceMinimumRise: 0,
  eligibilityDrop: 10,
  eligibilityYears: 3,
  salsaResidualBelow: -10,
  salsaYears: 2,
  trendYears: 6,
} as const;

const d = EARLY_SIGNAL_DEFAULTS;

/**
 * What each threshold means, for the input that sets it and the answer that says which were used: in English, the
 * Swedish term beside it.
 */
export const THRESHOLD_DESCRIPTIONS = {
  absenceRisingYears: `RISING_ABSENCE (ökande frånvaro): the years in a row the share of pupils absent (frånvaro) more than 15 per cent of the time must rise (1–10; default ${d.absenceRisingYears}).`,
  absenceMinimumRise: `RISING_ABSENCE (ökande frånvaro): each year’s rise in the share absent must be more than this many percentage points (procentenheter) (default ${d.absenceMinimumRise}).`,
  eligibilityDrop: `FALLING_ELIGIBILITY (sjunkande behörighet): the fall in the share eligible for a national programme (behöriga till nationellt program), in percentage points (procentenheter), that flags a unit (more than 0; default ${d.eligibilityDrop}).`,
  eligibilityYears: `FALLING_ELIGIBILITY (sjunkande behörighet): over how many years the fall is measured (1–10; default ${d.eligibilityYears}).`,
  salsaResidualBelow: `LOW_SALSA_RESIDUAL (lågt SALSA-värde): a SALSA residual (SALSA-residual) below this, in merit points (meritpoäng), counts as low (default ${d.salsaResidualBelow}).`,
  salsaYears: `LOW_SALSA_RESIDUAL (lågt SALSA-värde): the years in a row the residual must be low (1–10; default ${d.salsaYears}).`,
} as const satisfies Record<Exclude<keyof typeof EARLY_SIGNAL_DEFAULTS, 'trendYears'>, string>;

export const RISING_ABSENCE_RULE = `Rising absence (ökande frånvaro): the school unit’s share of pupils absent more than 15 per cent of the time (ABSENCE_OVER_15) rose by more than absenceMinimumRise points (default ${d.absenceMinimumRise}) from each year to the next, absenceRisingYears years in a row (default ${d.absenceRisingYears}) up to the year of the signals.`;

export const FALLING_ELIGIBILITY_RULE = `Falling eligibility (sjunkande behörighet): the school unit’s share of year-9 pupils eligible for a national programme (ELIGIBLE_NATIONAL_PROGRAMME) in the year of the signals is eligibilityDrop points (default ${d.eligibilityDrop}) or more below its share eligibilityYears years before (default ${d.eligibilityYears}).`;

export const LOW_SALSA_RESIDUAL_RULE = `Low SALSA residual (lågt SALSA-värde): the school unit’s merit value was more than the threshold below what its pupils’ background predicts, a SALSA residual (SALSA_RESIDUAL) below salsaResidualBelow (default ${d.salsaResidualBelow}), in each of the salsaYears years (default ${d.salsaYears}) up to the year of the signals.`;

export const EARLY_SIGNAL_SUPPRESSION =
  'Only reported values (group ALL) can trigger a rule: a suppressed ("..") or missing (".") value in a cell the rule compares means the rule cannot flag the unit that year, so no flag discloses anything about a withheld value. A flag’s window may still hold a suppressed year the rule does not compare (the years between the two ends of falling eligibility); that year shows status SUPPRESSED and no value, and the flag says that its window holds one.';

export const EARLY_SIGNALS_DEFINITION = `Early signals (tidiga signaler, issue #16): the area’s school units that a rule a person can read flags in the year of the signals, before the results reach the national tables. ${RISING_ABSENCE_RULE} ${FALLING_ELIGIBILITY_RULE} ${LOW_SALSA_RESIDUAL_RULE} ${EARLY_SIGNAL_SUPPRESSION} A unit is already supported when it or its organiser as a whole has had a first support (första insats), from this subgraph’s replica of what the interventions subgraph publishes.`;

export const TRANSITION_DEFINITION =
  'The transition from grundskola to gymnasium (övergången till gymnasiet), per municipality and year. The demo data has no pupil-level record of which gymnasium unit each year-9 pupil goes on to, so it is modelled at municipality level: the gymnasium units a municipality’s pupils mostly attend are taken to be the gymnasium units in that municipality. eligibleNationalProgramme is the pupil-weighted share of the municipality’s year-9 pupils eligible for a national programme (each grundskola unit’s reported share weighted by its pupils); degreeWithin3Years is the pupil-weighted share with a diploma within three years over the municipality’s gymnasium units the same year, and cohortDegreeWithin3Years the same three years later, when the pupils who left year 9 that year would finish. Only reported values (group ALL) count; a figure over fewer than 3 school units is suppressed, one with none is missing. A municipality without a gymnasium unit of its own shows its degree figures as missing.';
