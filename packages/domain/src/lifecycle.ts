// The lifecycle of an intervention (insats), issue #3: identified → offered → accepted or declined → ongoing →
// completed → followed up, or cancelled at any point before completion. Each step is dated. The rules are shared by
// the demo data, the importer and the office staff's mutations, so that all three accept exactly the same records.

export type LifecycleStatus =
  'IDENTIFIED' | 'OFFERED' | 'ACCEPTED' | 'DECLINED' | 'ONGOING' | 'COMPLETED' | 'FOLLOWED_UP' | 'CANCELLED';

export type LifecycleDateField =
  | 'identifiedOn'
  | 'offeredOn'
  | 'acceptedOn'
  | 'declinedOn'
  | 'startedOn'
  | 'completedOn'
  | 'followedUpOn'
  | 'cancelledOn';

/** An intervention's status and dates (ISO dates, YYYY-MM-DD, or null for a step not taken). */
export type LifecycleRecord = { status: LifecycleStatus } & Record<LifecycleDateField, string | null>;

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

/** The date a status is entered on. */
export const DATE_OF_STATUS: Readonly<Record<LifecycleStatus, LifecycleDateField>> = {
  IDENTIFIED: 'identifiedOn',
  OFFERED: 'offeredOn',
  ACCEPTED: 'acceptedOn',
  DECLINED: 'declinedOn',
  ONGOING: 'startedOn',
  COMPLETED: 'completedOn',
  FOLLOWED_UP: 'followedUpOn',
  CANCELLED: 'cancelledOn',
};

/** Where an intervention may go from each status. Declined, followed up and cancelled are final. */
export const TRANSITIONS: Readonly<Record<LifecycleStatus, readonly LifecycleStatus[]>> = {
  IDENTIFIED: ['OFFERED', 'CANCELLED'],
  OFFERED: ['ACCEPTED', 'DECLINED', 'CANCELLED'],
  ACCEPTED: ['ONGOING', 'CANCELLED'],
  DECLINED: [],
  ONGOING: ['COMPLETED', 'CANCELLED'],
  COMPLETED: ['FOLLOWED_UP'],
  FOLLOWED_UP: [],
  CANCELLED: [],
};

/** The dates a status requires; every other date must be null. */
export const REQUIRED_DATES: Readonly<Record<Exclude<LifecycleStatus, 'CANCELLED'>, readonly LifecycleDateField[]>> = {
  IDENTIFIED: ['identifiedOn'],
  OFFERED: ['identifiedOn', 'offeredOn'],
  ACCEPTED: ['identifiedOn', 'offeredOn', 'acceptedOn'],
  DECLINED: ['identifiedOn', 'offeredOn', 'declinedOn'],
  ONGOING: ['identifiedOn', 'offeredOn', 'acceptedOn', 'startedOn'],
  COMPLETED: ['identifiedOn', 'offeredOn', 'acceptedOn', 'startedOn', 'completedOn'],
  FOLLOWED_UP: ['identifiedOn', 'offeredOn', 'acceptedOn', 'startedOn', 'completedOn', 'followedUpOn'],
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function list(statuses: readonly LifecycleStatus[]): string {
  if (statuses.length <= 1) return statuses.join('');
  return `${statuses.slice(0, -1).join(', ')} or ${statuses[statuses.length - 1]}`;
}

/** The dates a record's status requires, or null for a cancellation after a path the lifecycle does not have. */
export function requiredDates(record: LifecycleRecord): readonly LifecycleDateField[] | null {
  if (record.status !== 'CANCELLED') return REQUIRED_DATES[record.status];
  const passed = LIFECYCLE_DATE_FIELDS.filter((field) => field !== 'cancelledOn' && record[field] !== null);
  const prefix = TRANSITION_PATHS_BEFORE_CANCEL.find((candidate) => candidate.join() === passed.join());
  return prefix ? [...prefix, 'cancelledOn'] : null;
}

// A cancellation can come from any status that lists CANCELLED among its transitions.
const TRANSITION_PATHS_BEFORE_CANCEL = (Object.keys(TRANSITIONS) as LifecycleStatus[])
  .filter((status): status is Exclude<LifecycleStatus, 'CANCELLED'> => TRANSITIONS[status].includes('CANCELLED'))
  .map((status) => REQUIRED_DATES[status]);

/**
 * What is wrong with a record's status and dates, as sentences a person can act on (empty when consistent): the set
 * dates are exactly those of its status, they never go backwards in lifecycle order, and none lies after `today`.
 */
export function lifecycleProblems(record: LifecycleRecord, today: string): string[] {
  const required = requiredDates(record);
  if (!required) {
    return ['a cancelled intervention must have the dates of the steps before its cancellation, and no others'];
  }
  const problems: string[] = [];
  for (const field of LIFECYCLE_DATE_FIELDS) {
    const isSet = record[field] !== null;
    if (required.includes(field) && !isSet) problems.push(`status ${record.status} needs ${field}`);
    if (!required.includes(field) && isSet) problems.push(`status ${record.status} must not have ${field}`);
  }
  let previous: { field: LifecycleDateField; date: string } | null = null;
  for (const field of required) {
    const date = record[field];
    if (date === null) continue;
    if (!ISO_DATE.test(date)) problems.push(`${field} is not a date (YYYY-MM-DD): ${date}`);
    else if (previous && date < previous.date)
      problems.push(`${field} ${date} is before ${previous.field} ${previous.date}`);
    if (date > today) problems.push(`${field} ${date} is in the future`);
    previous = { field, date };
  }
  return problems;
}

/**
 * Why a move from `from` to `to` on date `on` is refused, or null when it is allowed. `lastDate` is the date of the
 * step the intervention is at now.
 */
export function transitionProblem(
  from: LifecycleStatus,
  to: LifecycleStatus,
  on: string,
  lastDate: string,
  today: string,
): string | null {
  const allowed = TRANSITIONS[from];
  if (!allowed.includes(to)) {
    return allowed.length === 0
      ? `An intervention that is ${from} is final and cannot move to ${to}.`
      : `An intervention that is ${from} can move to ${list(allowed)}, not to ${to}.`;
  }
  if (!ISO_DATE.test(on)) return `The date of the move must be a date (YYYY-MM-DD), not "${on}".`;
  if (on < lastDate) return `The move to ${to} on ${on} would be before the intervention became ${from} (${lastDate}).`;
  if (on > today) return `The move to ${to} on ${on} lies in the future; record it on the day it happens.`;
  return null;
}
