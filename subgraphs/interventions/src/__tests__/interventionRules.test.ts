import { lifecycleProblems, TRANSITIONS, type LifecycleStatus } from '@lagesbild/domain';
import { OFFICE_IDS } from '@lagesbild/reference-data';
import {
  FOLLOW_UP_STATUSES,
  isUuid,
  moveIssue,
  newInterventionIssues,
  targetIssues,
  type NewInterventionFields,
} from '../services/interventionRules';
import { recordAt } from './lifecyclePath';

const today = '2026-11-22';
const ORGANISER = '9712966f-e7e6-5945-892a-ccffd6dd7f79';
const SCHOOL = '1b0d4c2e-5f6a-5b7c-8d9e-0f1a2b3c4d5e';
const valid: NewInterventionFields = {
  organiserId: ORGANISER,
  schoolIds: [SCHOOL],
  officeId: 'UME',
  identifiedOn: '2024-05-02',
  reference: null,
};

const fieldsOf = (issues: { code: string; field: string }[]) => issues.map((issue) => `${issue.code} ${issue.field}`);

describe('newInterventionIssues', () => {
  test('a valid new intervention has none', () => {
    expect(newInterventionIssues(valid, today)).toEqual([]);
    expect(newInterventionIssues({ ...valid, reference: 'UME-2024-0007', identifiedOn: today }, today)).toEqual([
      expect.objectContaining({ field: 'reference' }), // the year identified is 2026, not 2024
    ]);
  });

  test('every office may be responsible, anywhere', () => {
    for (const officeId of OFFICE_IDS) expect(newInterventionIssues({ ...valid, officeId }, today)).toEqual([]);
  });

  test('lists every problem, each with its code and field', () => {
    const issues = newInterventionIssues(
      { organiserId: 'x', schoolIds: ['y', SCHOOL], officeId: 'ume', identifiedOn: '2026-11-23', reference: null },
      today,
    );
    expect(fieldsOf(issues)).toEqual([
      'UNKNOWN_REFERENCE officeId',
      'INVALID_VALUE organiserId',
      'INVALID_VALUE schoolIds',
      'LIFECYCLE_VIOLATION identifiedOn',
    ]);
    for (const issue of issues) expect(issue.message).toContain(issue.field);
  });

  test('a given reference must be the office’s and the year’s', () => {
    expect(newInterventionIssues({ ...valid, reference: 'UME-2024-0007' }, today)).toEqual([]);
    expect(newInterventionIssues({ ...valid, reference: 'UME-2024-12345' }, today)).toEqual([]);
    for (const reference of ['GBG-2024-0007', 'UME-2023-0007', 'UME-2024-7', 'UME-2024-0000', 'ärende 7']) {
      expect(fieldsOf(newInterventionIssues({ ...valid, reference }, today))).toEqual(['INVALID_VALUE reference']);
    }
  });
});

describe('moveIssue', () => {
  const STATUSES = Object.keys(TRANSITIONS) as LifecycleStatus[];
  const at = (status: LifecycleStatus) => recordAt(status, '2024-05-02');

  test.each(STATUSES.flatMap((from) => STATUSES.map((to) => [from, to] as const)))('%s → %s', (from, to) => {
    const issue = moveIssue(at(from), to, '2024-05-02', today);
    expect(lifecycleProblems(at(from), today)).toEqual([]);
    if (TRANSITIONS[from].includes(to)) expect(issue).toBeNull();
    else expect(issue).toMatchObject({ code: 'LIFECYCLE_VIOLATION', field: 'to' });
  });

  test('a date before the current step, or after today, blames the date', () => {
    expect(moveIssue(at('OFFERED'), 'ACCEPTED', '2024-05-01', today)).toMatchObject({ field: 'on' });
    expect(moveIssue(at('OFFERED'), 'ACCEPTED', '2026-11-23', today)).toMatchObject({ field: 'on' });
  });

  test('a stored record that already breaks the rules is not built upon', () => {
    const broken = { ...at('OFFERED'), acceptedOn: '2024-05-02' };
    expect(moveIssue(broken, 'DECLINED', '2024-05-03', today)).toMatchObject({ code: 'LIFECYCLE_VIOLATION' });
  });
});

test('follow-ups belong to ONGOING, COMPLETED and FOLLOWED_UP interventions', () => {
  expect([...FOLLOW_UP_STATUSES].sort()).toEqual(['COMPLETED', 'FOLLOWED_UP', 'ONGOING']);
});

test('ids must be UUIDs', () => {
  expect(isUuid(ORGANISER)).toBe(true);
  expect(isUuid('UME-2024-0007')).toBe(false);
  expect(isUuid(`${ORGANISER} `)).toBe(false);
});

describe('targetIssues', () => {
  const OTHER = '2b0d4c2e-5f6a-5b7c-8d9e-0f1a2b3c4d5e';
  test('an unknown organiser is one issue, whatever the schools', () => {
    const issues = targetIssues(ORGANISER, [SCHOOL], { organiser: null, otherSchools: new Map() });
    expect(fieldsOf(issues)).toEqual(['UNKNOWN_REFERENCE organiserId']);
  });

  test('schools of another organiser and unknown schools are told apart', () => {
    const issues = targetIssues(ORGANISER, [SCHOOL, OTHER, 'c'], {
      organiser: { id: ORGANISER, schools: [{ id: SCHOOL }] },
      otherSchools: new Map([
        [OTHER, { organiser: { id: 'someone-else' } }],
        ['c', null],
      ]),
    });
    expect(fieldsOf(issues)).toEqual(['UNKNOWN_REFERENCE schoolIds', 'UNKNOWN_REFERENCE schoolIds']);
    expect(issues[0].message).toMatch(/another organiser \(someone-else\)/);
    expect(issues[1].message).toMatch(/no school unit/);
  });
});
