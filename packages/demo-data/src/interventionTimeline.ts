// Plays one intervention's lifecycle forward from the day it was identified, then cuts it at DEMO_TODAY: the
// status is the last step reached by then, and later steps stay null.

import { DEMO_TODAY_DAY, fromDayNumber } from './dates';
import type { LifecycleDateField } from '@lagesbild/domain';
import type { Random } from './random';
import type { InterventionKind, InterventionOrigin, InterventionStatus, IsoDate } from './types';

export interface Timeline {
  status: InterventionStatus;
  dates: Record<LifecycleDateField, IsoDate | null>;
  /** Day numbers, kept for the follow-ups. */
  startedDay: number | null;
  plannedDurationDays: number;
  /** When the closing follow-up is due; set once the intervention is completed. */
  followUpDueDay: number | null;
}

// Days from start to completion: advice is quick, the state-grant work and the low-results programme run long.
const DURATION_DAYS: Readonly<Record<InterventionKind, readonly [number, number]>> = {
  ADVICE: [14, 75],
  TRAINING: [30, 150],
  QUALITY_DIALOGUE: [30, 120],
  ACCESSIBLE_LEARNING_ENVIRONMENT: [90, 300],
  STUDENT_HEALTH: [90, 300],
  SCHOOL_ATTENDANCE: [90, 300],
  STATE_GRANT: [300, 720],
  LOW_RESULTS_PROGRAMME: [540, 1000],
};

// SPSM's own outreach is turned down more often than support the organiser asked for.
const DECLINE_PROBABILITY: Readonly<Record<InterventionOrigin, number>> = {
  OUTREACH: 0.22,
  REQUEST: 0.03,
  PROGRAMME_REFERRAL: 0.1,
};

const OFFER_DELAY_DAYS: Readonly<Record<InterventionOrigin, readonly [number, number]>> = {
  OUTREACH: [7, 60],
  REQUEST: [2, 14],
  PROGRAMME_REFERRAL: [5, 30],
};

const CANCEL_PROBABILITY = 0.08;

type Step = readonly [InterventionStatus, LifecycleDateField, number];

export function playTimeline(
  random: Random,
  kind: InterventionKind,
  origin: InterventionOrigin,
  identifiedDay: number,
): Timeline {
  const offeredDay = identifiedDay + random.int(...OFFER_DELAY_DAYS[origin]);
  const decisionDay = offeredDay + random.int(5, 40);
  const declined = random.chance(DECLINE_PROBABILITY[origin]);
  const startedDay = decisionDay + random.int(7, 60);
  const duration = random.int(...DURATION_DAYS[kind]);
  const completedDay = startedDay + duration;
  const followUpDueDay = completedDay + random.int(90, 180);
  const lateness = random.float();
  // Most follow-ups happen around the due date, some much later, and a few never.
  const followedUpDay =
    lateness < 0.75
      ? followUpDueDay + random.int(-14, 30)
      : lateness < 0.95
        ? followUpDueDay + random.int(31, 240)
        : null;

  let steps: Step[] = [
    ['IDENTIFIED', 'identifiedOn', identifiedDay],
    ['OFFERED', 'offeredOn', offeredDay],
  ];
  if (declined) {
    steps.push(['DECLINED', 'declinedOn', decisionDay]);
  } else {
    steps.push(['ACCEPTED', 'acceptedOn', decisionDay], ['ONGOING', 'startedOn', startedDay]);
    steps.push(['COMPLETED', 'completedOn', completedDay]);
    if (followedUpDay !== null) steps.push(['FOLLOWED_UP', 'followedUpOn', followedUpDay]);
  }

  if (random.chance(CANCEL_PROBABILITY)) {
    // Cancelled between two steps, never after completion nor after a decline.
    const cancellableGaps = declined ? 2 : 4;
    const gap = random.int(0, cancellableGaps - 1);
    const from = steps[gap][2];
    const to = steps[gap + 1][2];
    steps = [...steps.slice(0, gap + 1), ['CANCELLED', 'cancelledOn', from + random.int(1, to - from - 1)]];
  }

  const reached = steps.filter(([, , day]) => day <= DEMO_TODAY_DAY);
  const dates: Record<LifecycleDateField, IsoDate | null> = {
    identifiedOn: null,
    offeredOn: null,
    acceptedOn: null,
    declinedOn: null,
    startedOn: null,
    completedOn: null,
    followedUpOn: null,
    cancelledOn: null,
  };
  for (const [, field, day] of reached) dates[field] = fromDayNumber(day);
  const status = reached[reached.length - 1][0];
  return {
    status,
    dates,
    startedDay: dates.startedOn === null ? null : startedDay,
    plannedDurationDays: duration,
    followUpDueDay: status === 'COMPLETED' || status === 'FOLLOWED_UP' ? followUpDueDay : null,
  };
}
