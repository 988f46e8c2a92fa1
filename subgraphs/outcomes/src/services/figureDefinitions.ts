// The definitions behind the outcome figures of issue #4 (high need, equity trends, supported vs comparable), in
// one place: the words the schema's descriptions and HighNeedSet.definition use. The SQL that applies them is
// named beside each; a change to one is a change to the other.

/** Applied by the materialized view `school_need` (migrations/1764100000000-SchoolNeed.ts). */
export const HIGH_NEED_DEFINITION =
  'A school unit has high need (störst behov) when its mean result over its latest three years with a reported value (group ALL) is in the lowest fifth nationally: for a grundskola unit the SALSA residual of the merit value (SALSA_RESIDUAL), for a gymnasieskola unit the share with a diploma within three years (DEGREE_WITHIN_3_YEARS), each ranked among all the units that report it. The indicator says the school form (a unit with values of both is ranked on both). Suppressed ("..") and missing (".") values are left out, never counted as 0; a unit with no reported value is not classified, and other school forms are not classified.';

/** The indicator an equity trend or a support comparison is about when none is named. */
export const DEFAULT_EQUITY_INDICATOR = 'MERIT_VALUE_17';

export const SCHOOL_MEAN_DEFINITION =
  'Means are over school units (skolenheter), unweighted: each unit’s reported value counts once, whatever its number of pupils. Only the area’s units of the indicator’s school form count, and only their reported values: suppressed ("..") and missing (".") values are never counted as 0 and never imputed.';

/** Applied by services/pupilSuppression.service.ts (MIN_PUPILS), to every value before anything reads it. */
export const PUPIL_SUPPRESSION_DEFINITION =
  'A value based on fewer than 10 pupils is not published: its status is SUPPRESSED and its value null, never 0, as in Skolverket’s statistics, which withhold results for groups under 10 pupils and mark them "..". Secondary suppression (sekundär röjandekontroll) within a school unit’s year: the all-pupils value is the pupil-weighted mean of the girls’ and the boys’, so when one of the three is suppressed and the other two are not, a second is suppressed too (the other sex, or when ALL is suppressed the sex with fewer pupils), so that no suppressed value can be worked out from the others. Aggregates use published values only.';

export const SUPPRESSION_DEFINITION =
  'A figure over fewer than 3 school units is suppressed (secondary suppression, sekundär röjandekontroll): its value is null and its status SUPPRESSED. A figure with no reported value behind it is null with status MISSING.';

export const EQUITY_TREND_DEFINITION = `Equity trend (likvärdighet över tid) of an area: for each year, the mean result of the area’s school units by socio-economic band (1 = easiest conditions, 4 = toughest), the gap between bands 4 and 1, and the spread between school units. ${SCHOOL_MEAN_DEFINITION} ${SUPPRESSION_DEFINITION}`;

export const GAP_DEFINITION =
  'The gap (skillnad mellan kvartilerna): the band-4 mean minus the band-1 mean, toughest minus easiest conditions. For an indicator where higher is better, a negative gap means the schools with the toughest conditions are behind; for one where higher is worse (higherIsBetter false, e.g. absence) the sign means the opposite. Suppressed when either band mean is.';

export const SPREAD_DEFINITION =
  'The spread between school units (spridning mellan skolenheter): the standard deviation of the area’s school units’ values (population standard deviation, dividing by the number of units), over all its units of the indicator’s school form, with or without a band.';

/** Applied by services/supportComparison.service.ts. */
export const SUPPORT_COMPARISON_DEFINITION = `Supported vs comparable schools (stödda och jämförbara skolor), in event time around each supported school unit’s first support (första insats): year 0 is the calendar year of its first support; outcome years are spring terms, so for support that began in the autumn year 0 is still before it. For each year from −3 to +3, the supported units’ mean (group ALL) is compared with the mean of comparable units over the same calendar years: units of the area with the same school form and socio-economic band and no support. Each supported unit is compared with its own cell (form, band, calendar year), and the comparison mean is the mean of those cell means over the supported units, so that the comparison has the supported units’ mix of forms, bands and years. Units without a band cannot be matched and are left out. ${SCHOOL_MEAN_DEFINITION} ${SUPPRESSION_DEFINITION}`;

/** The event-time window of the support comparison, in years around the year of first support. */
export const EVENT_YEARS = { before: 3, after: 3 } as const;
