// The lifecycle of an intervention: identified → offered → accepted or declined → ongoing → completed → followed
// up, or cancelled at any point before completion. A date is set for exactly the steps passed.

import { DEMO_TODAY } from './dates';
import type { DemoIntervention, InterventionStatus, IsoDate } from './types';

export type LifecycleDateField =
  | 'identifiedOn'
  | 'offeredOn'
  | 'acceptedOn'
  | 'declinedOn'
  | 'startedOn'
  | 'completedOn'
  | 'followedUpOn'
  | 'cancelledOn';

/** Every date field, in the order the steps happen (accepted and declined are alternatives at the same step). */
export const LIFECYCLE_DATE_FIELDS: readonly LifecycleDateField[] = [
  'identifiedOn',
  'offeredOn',
  'acceptedOn',
  'declinedOn',
  'startedOn',
  'completedOn',
  'followedUpOn',
  'cancelledOn',
];

/** The dates a status requires; every other date must be null. */
export const REQUIRED_DATES: Readonly<Record<Exclude<InterventionStatus, 'CANCELLED'>, readonly LifecycleDateField[]>> =
  {
    IDENTIFIED: ['identifiedOn'],
    OFFERED: ['identifiedOn', 'offeredOn'],
    ACCEPTED: ['identifiedOn', 'offeredOn', 'acceptedOn'],
    DECLINED: ['identifiedOn', 'offeredOn', 'declinedOn'],
    ONGOING: ['identifiedOn', 'offeredOn', 'acceptedOn', 'startedOn'],
    COMPLETED: ['identifiedOn', 'offeredOn', 'acceptedOn', 'startedOn', 'completedOn'],
    FOLLOWED_UP: ['identifiedOn', 'offeredOn', 'acceptedOn', 'startedOn', 'completedOn', 'followedUpOn'],
  };

// A cancellation can come after any of these, so a cancelled intervention carries one of these prefixes.
const CANCELLABLE_PREFIXES: readonly (readonly LifecycleDateField[])[] = [
  REQUIRED_DATES.IDENTIFIED,
  REQUIRED_DATES.OFFERED,
  REQUIRED_DATES.ACCEPTED,
  REQUIRED_DATES.ONGOING,
];

export function requiredDates(intervention: DemoIntervention): readonly LifecycleDateField[] | null {
  if (intervention.status !== 'CANCELLED') return REQUIRED_DATES[intervention.status];
  const passed = LIFECYCLE_DATE_FIELDS.filter((field) => field !== 'cancelledOn' && intervention[field] !== null);
  const prefix = CANCELLABLE_PREFIXES.find((candidate) => candidate.join() === passed.join());
  return prefix ? [...prefix, 'cancelledOn'] : null;
}

/**
 * What is wrong with an intervention's dates, as readable messages (empty when it is consistent): the set dates
 * must be exactly those of its status, strictly increasing in lifecycle order, and none after `today`.
 */
export function lifecycleProblems(intervention: DemoIntervention, today: IsoDate = DEMO_TODAY): string[] {
  const problems: string[] = [];
  const required = requiredDates(intervention);
  if (!required) {
    return [`${intervention.status}: the dates passed are not a prefix the lifecycle allows before a cancellation`];
  }
  for (const field of LIFECYCLE_DATE_FIELDS) {
    const isSet = intervention[field] !== null;
    if (required.includes(field) && !isSet) problems.push(`${intervention.status} needs ${field}`);
    if (!required.includes(field) && isSet) problems.push(`${intervention.status} must not have ${field}`);
  }
  let previous: IsoDate | null = null;
  for (const field of required) {
    const date = intervention[field];
    if (date === null) continue;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) problems.push(`${field} is not an ISO date: ${date}`);
    if (previous !== null && date <= previous) problems.push(`${field} ${date} is not after ${previous}`);
    if (date > today) problems.push(`${field} ${date} is after ${today}`);
    previous = date;
  }
  return problems;
}
