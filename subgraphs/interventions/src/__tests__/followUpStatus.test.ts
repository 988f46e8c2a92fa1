import { FollowUpStatus } from '../entities/interventionEnums';
import { swedishToday } from '@lagesbild/subgraph-kit';
import { DUE_SOON_DAYS, followUpStatus } from '../services/followUpStatus';

const today = '2026-11-22';

test.each([
  ['2026-11-21', null, FollowUpStatus.OVERDUE],
  ['2026-11-22', null, FollowUpStatus.DUE_SOON],
  ['2026-12-22', null, FollowUpStatus.DUE_SOON], // 30 days ahead: still due soon
  ['2026-12-23', null, FollowUpStatus.NOT_DUE],
  ['2026-01-01', '2026-01-05', FollowUpStatus.DONE], // done late is done
  ['2027-06-01', '2026-11-01', FollowUpStatus.DONE],
])('due %s, completed %s: %s', (dueOn, completedOn, expected) => {
  expect(followUpStatus(dueOn, completedOn, today)).toBe(expected);
});

test('the due-soon window is 30 days', () => {
  expect(DUE_SOON_DAYS).toBe(30);
});

test('today is the Swedish calendar day, not UTC’s', () => {
  // 23:30 UTC on 22 November is already 23 November in Stockholm (UTC+1 in winter).
  expect(swedishToday(new Date('2026-11-22T23:30:00Z'))).toBe('2026-11-23');
  expect(swedishToday(new Date('2026-07-01T21:59:00Z'))).toBe('2026-07-01');
  expect(swedishToday(new Date('2026-07-01T22:00:00Z'))).toBe('2026-07-02');
});
