import type { LifecycleStatus } from '@lagesbild/domain';
import { ValidationCode, type ValidationIssue } from '@lagesbild/subgraph-kit';
import { FOLLOW_UP_STATUSES } from './interventionRules';

// The rules for follow-ups (uppföljningar), issue #3, as pure functions of the input and the intervention's record.

/** Long enough for an agreed next step in a few sentences; a pasted document belongs elsewhere. */
export const NEXT_STEP_MAX_LENGTH = 2000;

export interface FollowUpFields {
  completedOn: string | null;
  assessment: string | null;
  nextStep: string | null;
}

/** The assessment is the judgement made at a follow-up, so it comes with the date the follow-up was done. */
export function followUpFieldIssues(input: FollowUpFields): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (input.completedOn !== null && input.assessment === null) {
    issues.push({
      code: ValidationCode.INVALID_VALUE,
      field: 'assessment',
      message: 'assessment is required when completedOn is given: a follow-up that was done has a judged effect.',
    });
  }
  if (input.completedOn === null && input.assessment !== null) {
    issues.push({
      code: ValidationCode.INVALID_VALUE,
      field: 'assessment',
      message: 'assessment needs completedOn: the effect is judged when the follow-up is done.',
    });
  }
  if (input.nextStep !== null && input.nextStep.length > NEXT_STEP_MAX_LENGTH) {
    issues.push({
      code: ValidationCode.INVALID_VALUE,
      field: 'nextStep',
      message: `nextStep must be at most ${NEXT_STEP_MAX_LENGTH} characters, not ${input.nextStep.length}.`,
    });
  }
  return issues;
}

export interface FollowedIntervention {
  id: string;
  status: LifecycleStatus;
  startedOn: string | null;
}

/** Follow-ups are recorded only for support that has started and was not cancelled. */
export function followUpStatusIssue(intervention: FollowedIntervention, field: string): ValidationIssue | null {
  if (FOLLOW_UP_STATUSES.includes(intervention.status)) return null;
  return {
    code: ValidationCode.LIFECYCLE_VIOLATION,
    field,
    message: `${field}: intervention ${intervention.id} is ${intervention.status}; follow-ups are recorded only for ${FOLLOW_UP_STATUSES.join(', ')} interventions.`,
  };
}

/** A follow-up is done on a real day: not after today, and not before the support started. */
export function completedOnIssue(
  intervention: FollowedIntervention,
  completedOn: string,
  today: string,
): ValidationIssue | null {
  const problem =
    completedOn > today
      ? `completedOn ${completedOn} is in the future; record a follow-up on or after the day it is done.`
      : intervention.startedOn !== null && completedOn < intervention.startedOn
        ? `completedOn ${completedOn} is before the intervention started (${intervention.startedOn}).`
        : null;
  return problem ? { code: ValidationCode.LIFECYCLE_VIOLATION, field: 'completedOn', message: problem } : null;
}

/**
 * An intervention is followed up (uppföljd) when a follow-up has been done, so the move needs one completed on or
 * before the day of the move.
 */
export function followedUpIssue(completedOnDates: readonly (string | null)[], on: string): ValidationIssue | null {
  if (completedOnDates.some((date) => date !== null && date <= on)) return null;
  const later = completedOnDates.filter((date): date is string => date !== null).sort()[0];
  return {
    code: ValidationCode.LIFECYCLE_VIOLATION,
    field: 'to',
    message: later
      ? `An intervention becomes FOLLOWED_UP only after a follow-up is completed; its first was completed on ${later}, after ${on}.`
      : 'An intervention becomes FOLLOWED_UP only after a follow-up is completed; it has no completed follow-up. Record one first (recordFollowUp or completeFollowUp).',
  };
}
