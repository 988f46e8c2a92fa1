// The definitions behind the coverage and follow-up figures (issue #4), in one place: the words the schema's
// descriptions use, and the SQL that applies them. Every statement that computes a figure builds its conditions
// from these fragments, so that "counts in the period" or "reached" cannot mean two things in two queries.
// Fragments take SQL expressions (aliases, placeholders) and return SQL; they never see user input.

/** The dated steps that make an intervention count in a period (declined and cancelled are where it stopped). */
export const COUNTING_STEP_COLUMNS = [
  'identified_on',
  'offered_on',
  'accepted_on',
  'started_on',
  'completed_on',
  'followed_up_on',
] as const;

export const PERIOD_DEFINITION =
  'An intervention (insats) counts in a period when any of its dated steps (identified, offered, accepted, started, completed, followed up) falls within it. Without a period: the 12 months up to today, by the Swedish calendar.';

/** SQL: whether intervention `i` counts in the period from `from` to `to`, both days included. */
export function countsInPeriodSql(i: string, from: string, to: string): string {
  return `(${COUNTING_STEP_COLUMNS.map((column) => `${i}.${column} BETWEEN ${from} AND ${to}`).join(' OR ')})`;
}

export const REACHED_DEFINITION =
  'A school unit is reached (nådd) when an intervention counting in the period names it, or names no school units and is for its organiser (huvudman). An organiser is reached when an intervention counting in the period is for it. Through outreach (uppsökande) or through a request (förfrågan): by an intervention of that origin; a school or organiser can be both.';

/** SQL: the school units intervention `i` names, as an array; empty when it is for the organiser as a whole. */
export function namedSchoolsSql(i: string): string {
  return `ARRAY(SELECT named.school_id FROM intervention_school named WHERE named.intervention_id = ${i}.id)`;
}

/**
 * SQL: whether an intervention naming the school units `named` (namedSchoolsSql) reaches the school unit `school` of
 * its organiser: it names the school, or names none (support for the organiser as a whole reaches all its schools).
 */
export function reachesSchoolSql(named: string, school: string): string {
  return `(cardinality(${named}) = 0 OR ${school} = ANY(${named}))`;
}

/** The outreach funnel's steps after "contacted", each with the date that marks it, furthest last. */
export const FUNNEL_STEPS = [
  { step: 'offered', column: 'offered_on' },
  { step: 'accepted', column: 'accepted_on' },
  { step: 'started', column: 'started_on' },
  { step: 'followedUp', column: 'followed_up_on' },
] as const;

export type FunnelStep = 'contacted' | (typeof FUNNEL_STEPS)[number]['step'];

export const FUNNEL_DEFINITION =
  'The outreach funnel (uppsökande trappa) over the organisers in scope: each organiser is counted at the furthest step that any of its interventions counting in the period had reached by the period’s last day: contacted (any intervention), offered, accepted (or ongoing or later), started, followed up. Declined and cancelled interventions stop where they stopped. The counts are cumulative: every organiser that started also accepted, was offered and was contacted.';

/**
 * SQL: the furthest funnel step intervention `i` had reached by `to`, as a number: 1 contacted, 2 offered, …,
 * 1 + FUNNEL_STEPS.length followed up. Its steps are dated, so a later step implies the earlier ones.
 */
export function furthestStepSql(i: string, to: string): string {
  const steps = FUNNEL_STEPS.map((step, index) => ({ ...step, number: index + 2 })).reverse();
  return `CASE ${steps.map((s) => `WHEN ${i}.${s.column} <= ${to} THEN ${s.number}`).join(' ')} ELSE 1 END`;
}

/** The funnel step numbers furthestStepSql gives, by name. */
export const FUNNEL_STEP_NUMBER: Readonly<Record<FunnelStep, number>> = {
  contacted: 1,
  ...Object.fromEntries(FUNNEL_STEPS.map((step, index) => [step.step, index + 2])),
} as Record<FunnelStep, number>;

export const FOLLOW_UP_DEFINITION =
  'Follow-ups (uppföljningar) of the interventions for organisers in scope, counted when their intervention counts in the period or they fall due or are done within it. Their status is as of today: not due (due in more than 30 days), due within 30 days, overdue (past due and not done), done.';

/**
 * SQL: whether follow-up `f` of intervention `i` counts in the period. A follow-up's own dates count too, so that
 * one falling due in the period is counted even when its intervention was completed before the period began.
 */
export function followUpCountsInPeriodSql(f: string, i: string, from: string, to: string): string {
  return `(${countsInPeriodSql(i, from, to)} OR ${f}.due_on BETWEEN ${from} AND ${to}
    OR ${f}.completed_on BETWEEN ${from} AND ${to})`;
}

/** The ageing of overdue follow-ups (försenade uppföljningar): buckets by days past due, the last open-ended. */
export const OVERDUE_AGEING_BUCKETS = [
  { field: 'days1To30', maxDays: 30 },
  { field: 'days31To90', maxDays: 90 },
  { field: 'days91To180', maxDays: 180 },
  { field: 'over180Days', maxDays: null },
] as const;

export type AgeingField = (typeof OVERDUE_AGEING_BUCKETS)[number]['field'];

/** The bucket an overdue follow-up falls in, `daysOverdue` (1 or more) days past its due date. */
export function ageingBucket(daysOverdue: number): AgeingField {
  const bucket = OVERDUE_AGEING_BUCKETS.find((b) => b.maxDays === null || daysOverdue <= b.maxDays);
  return (bucket ?? OVERDUE_AGEING_BUCKETS[OVERDUE_AGEING_BUCKETS.length - 1]).field;
}

/** SQL: for each ageing bucket, the condition on `daysOverdue` (an SQL expression) that puts a follow-up in it. */
export function ageingBucketConditionsSql(daysOverdue: string): { field: AgeingField; condition: string }[] {
  return OVERDUE_AGEING_BUCKETS.map((bucket, index) => {
    const above = index === 0 ? 0 : (OVERDUE_AGEING_BUCKETS[index - 1].maxDays as number);
    const upper = bucket.maxDays === null ? '' : ` AND ${daysOverdue} <= ${bucket.maxDays}`;
    return { field: bucket.field, condition: `${daysOverdue} > ${above}${upper}` };
  });
}

export const INTERVENTION_COUNTS_DEFINITION =
  'The interventions for organisers (huvudmän) in scope, after the filter: each counted under a step when the step’s date falls in the period, so one intervention can count as offered, started and completed in one year; overdue when a follow-up of it counted in the period is overdue today.';
