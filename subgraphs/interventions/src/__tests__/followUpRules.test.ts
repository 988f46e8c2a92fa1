import { completedOnIssue, followedUpIssue, followUpFieldIssues, followUpStatusIssue } from '../services/followUpRules';

const ongoing = { id: 'i-1', status: 'ONGOING' as const, startedOn: '2025-03-03' };
const today = '2026-11-22';

describe('followUpFieldIssues', () => {
  test('a planned follow-up, and a done one with its assessment, are fine', () => {
    expect(followUpFieldIssues({ completedOn: null, assessment: null, nextStep: 'Plan' })).toEqual([]);
    expect(followUpFieldIssues({ completedOn: '2025-04-01', assessment: 'NO_EFFECT', nextStep: null })).toEqual([]);
  });

  test('the assessment comes with completedOn, and only with it', () => {
    const missing = followUpFieldIssues({ completedOn: '2025-04-01', assessment: null, nextStep: null });
    const early = followUpFieldIssues({ completedOn: null, assessment: 'SOME_EFFECT', nextStep: null });
    for (const issues of [missing, early])
      expect(issues).toMatchObject([{ code: 'INVALID_VALUE', field: 'assessment' }]);
  });

  test('a next step has a length limit', () => {
    const issues = followUpFieldIssues({ completedOn: null, assessment: null, nextStep: 'x'.repeat(2001) });
    expect(issues).toMatchObject([{ code: 'INVALID_VALUE', field: 'nextStep' }]);
  });
});

test.each([
  ['IDENTIFIED', false],
  ['OFFERED', false],
  ['ACCEPTED', false],
  ['DECLINED', false],
  ['ONGOING', true],
  ['COMPLETED', true],
  ['FOLLOWED_UP', true],
  ['CANCELLED', false],
] as const)('a follow-up of a %s intervention is allowed: %s', (status, allowed) => {
  const issue = followUpStatusIssue({ ...ongoing, status }, 'interventionId');
  if (allowed) expect(issue).toBeNull();
  else expect(issue).toMatchObject({ code: 'LIFECYCLE_VIOLATION', field: 'interventionId' });
});

test('completedOn lies between the start of the support and today', () => {
  expect(completedOnIssue(ongoing, '2025-03-03', today)).toBeNull();
  expect(completedOnIssue(ongoing, today, today)).toBeNull();
  expect(completedOnIssue(ongoing, '2025-03-02', today)).toMatchObject({ code: 'LIFECYCLE_VIOLATION' });
  expect(completedOnIssue(ongoing, '2026-11-23', today)?.message).toMatch(/future/);
});

test('FOLLOWED_UP needs a follow-up completed on or before the day of the move', () => {
  expect(followedUpIssue(['2025-05-01', null], '2025-05-01')).toBeNull();
  expect(followedUpIssue([null], '2025-05-01')?.message).toMatch(/no completed follow-up/);
  expect(followedUpIssue([], '2025-05-01')).toMatchObject({ code: 'LIFECYCLE_VIOLATION', field: 'to' });
  expect(followedUpIssue(['2025-06-01'], '2025-05-01')?.message).toContain('2025-06-01');
});
