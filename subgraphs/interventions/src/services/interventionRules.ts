import {
  DATE_OF_STATUS,
  LIFECYCLE_DATE_FIELDS,
  lifecycleProblems,
  REQUIRED_DATES,
  TRANSITIONS,
  transitionProblem,
  type LifecycleRecord,
  type LifecycleStatus,
} from '@lagesbild/domain';
import { OFFICE_IDS, officeById } from '@lagesbild/reference-data';
import { ValidationCode, type ValidationIssue } from '@lagesbild/subgraph-kit';
import { caseReferenceProblem } from './caseReference';

// The checks on office staff's input that need no database and no other subgraph (issue #3). The lifecycle itself
// lives in @lagesbild/domain, shared with the importer and the demo data; these functions only apply it.

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids are UUIDs: anything else names nothing, and must not reach a uuid column as a database error. */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}

export interface NewInterventionFields {
  organiserId: string;
  schoolIds: readonly string[];
  officeId: string;
  identifiedOn: string;
  /** Normalised, or null to have one generated. */
  reference: string | null;
}

export function newInterventionIssues(input: NewInterventionFields, today: string): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  // Any office may be responsible, also outside its own area (an office may help elsewhere), but it must exist.
  if (!officeById(input.officeId)) {
    issues.push({
      code: ValidationCode.UNKNOWN_REFERENCE,
      field: 'officeId',
      message: `officeId: there is no office "${input.officeId}"; the offices are ${OFFICE_IDS.join(', ')}.`,
    });
  } else if (input.reference !== null) {
    const problem = caseReferenceProblem(input.reference, input.officeId, input.identifiedOn);
    if (problem) issues.push({ code: ValidationCode.INVALID_VALUE, field: 'reference', message: problem });
  }
  if (!isUuid(input.organiserId)) {
    issues.push({
      code: ValidationCode.INVALID_VALUE,
      field: 'organiserId',
      message: `organiserId must be an organiser's id (a UUID), not "${input.organiserId}".`,
    });
  }
  issues.push(...schoolIdIssues(input.schoolIds));
  for (const message of lifecycleProblems(identifiedRecord(input.identifiedOn), today)) {
    issues.push({ code: ValidationCode.LIFECYCLE_VIOLATION, field: 'identifiedOn', message: `${message}.` });
  }
  return issues;
}

export function schoolIdIssues(schoolIds: readonly string[]): ValidationIssue[] {
  return schoolIds
    .filter((id) => !isUuid(id))
    .map((id) => ({
      code: ValidationCode.INVALID_VALUE,
      field: 'schoolIds',
      message: `schoolIds: "${id}" is not a school unit's id (a UUID).`,
    }));
}

/** A freshly identified intervention, as the shared lifecycle rules see it. */
function identifiedRecord(identifiedOn: string): LifecycleRecord {
  const record = Object.fromEntries(LIFECYCLE_DATE_FIELDS.map((field) => [field, null]));
  return { ...record, status: 'IDENTIFIED', identifiedOn } as LifecycleRecord;
}

/** What the schools subgraph says about the organiser and the schools it was asked about. */
export interface OrganiserAnswer {
  organiser: { id: string; schools: { id: string }[] } | null;
  /** Only fetched for schools that are not the organiser's, to say whether they exist at all. */
  otherSchools: Map<string, { organiser: { id: string } } | null>;
}

/** The organiser must exist, and every targeted school must be one of its school units. */
export function targetIssues(organiserId: string, schoolIds: readonly string[], answer: OrganiserAnswer) {
  if (!answer.organiser) {
    return [
      {
        code: ValidationCode.UNKNOWN_REFERENCE,
        field: 'organiserId',
        message: `organiserId: there is no organiser (huvudman) with the id ${organiserId}.`,
      },
    ];
  }
  return schoolsOutsideOrganiser(answer.organiser, schoolIds).map((schoolId): ValidationIssue => {
    const other = answer.otherSchools.get(schoolId);
    return {
      code: ValidationCode.UNKNOWN_REFERENCE,
      field: 'schoolIds',
      message: other
        ? `schoolIds: school unit ${schoolId} belongs to another organiser (${other.organiser.id}), not to ${organiserId}.`
        : `schoolIds: there is no school unit with the id ${schoolId}.`,
    };
  });
}

export function schoolsOutsideOrganiser(
  organiser: { schools: { id: string }[] },
  schoolIds: readonly string[],
): string[] {
  const own = new Set(organiser.schools.map((school) => school.id));
  return schoolIds.filter((id) => !own.has(id));
}

/** Why a lifecycle move is refused, with the field to blame, or null when the shared rules allow it. */
export function moveIssue(
  current: LifecycleRecord,
  to: LifecycleStatus,
  on: string,
  today: string,
): ValidationIssue | null {
  const lastDate = current[DATE_OF_STATUS[current.status]] ?? current.identifiedOn;
  const problem = transitionProblem(current.status, to, on, lastDate as string, today);
  if (problem) {
    const field = TRANSITIONS[current.status].includes(to) ? 'on' : 'to';
    return { code: ValidationCode.LIFECYCLE_VIOLATION, field, message: problem };
  }
  // A safety net over the whole record: a stored record that broke the rules must not be built upon.
  const problems = lifecycleProblems(movedRecord(current, to, on), today);
  if (problems.length > 0) {
    return {
      code: ValidationCode.LIFECYCLE_VIOLATION,
      field: 'to',
      message: `The move to ${to} would leave the intervention inconsistent: ${problems.join('; ')}.`,
    };
  }
  return null;
}

export function movedRecord(current: LifecycleRecord, to: LifecycleStatus, on: string): LifecycleRecord {
  return { ...current, status: to, [DATE_OF_STATUS[to]]: on };
}

/** Follow-ups belong to support that has started: the statuses whose required dates include a start date. */
export const FOLLOW_UP_STATUSES: readonly LifecycleStatus[] = (
  Object.keys(REQUIRED_DATES) as (keyof typeof REQUIRED_DATES)[]
).filter((status) => REQUIRED_DATES[status].includes('startedOn'));
