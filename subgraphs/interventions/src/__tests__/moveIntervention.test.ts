import {
  DATE_OF_STATUS,
  lifecycleProblems,
  TRANSITIONS,
  transitionProblem,
  type LifecycleStatus,
} from '@lagesbild/domain';
import {
  addDays,
  DAY,
  officeStaff,
  refusal,
  today,
  useOfficeStaffSubgraphs,
  type InterventionData,
} from './officeStaff';

const subgraph = useOfficeStaffSubgraphs();
const staff = officeStaff(subgraph);

const STATUSES = Object.keys(TRANSITIONS) as LifecycleStatus[];
const pairs = STATUSES.flatMap((from) => STATUSES.map((to) => [from, to] as const));
const allowed = pairs.filter(([from, to]) => TRANSITIONS[from].includes(to));
const refused = pairs.filter(([from, to]) => !TRANSITIONS[from].includes(to));

test('the 8×8 pairs split into the allowed and the refused', () => {
  expect(pairs).toHaveLength(64);
  expect(allowed.length).toBeGreaterThan(0);
  expect(allowed.length + refused.length).toBe(64);
});

test.each(allowed)('%s → %s is allowed, and dates the new step', async (from, to) => {
  const intervention = await staff.interventionAt(from);
  if (to === 'FOLLOWED_UP') {
    staff.ok(
      await staff.recordFollowUp({
        interventionId: intervention.id,
        dueOn: DAY,
        completedOn: DAY,
        assessment: 'NO_EFFECT',
      }),
    );
  }
  const moved = staff.ok(await staff.move(intervention.id, to, DAY)).moveIntervention;
  expect(moved.status).toBe(to);
  expect(moved[DATE_OF_STATUS[to]]).toBe(DAY);
  expect(lifecycleProblems(moved as never, today())).toEqual([]);
  expect(await staff.get(intervention.id)).toEqual(moved);
});

test.each(refused)('%s → %s is refused with LIFECYCLE_VIOLATION, and nothing changes', async (from, to) => {
  const intervention = await staff.interventionAt(from);
  const answer = await staff.move(intervention.id, to, DAY);
  expect(answer.data).toBeNull();
  expect(refusal(answer)).toEqual({
    code: 'LIFECYCLE_VIOLATION',
    field: 'to',
    message: transitionProblem(from, to, DAY, DAY, today()),
  });
  expect(await staff.get(intervention.id)).toEqual(intervention);
});

describe('the date of a move', () => {
  let offered: InterventionData;
  beforeEach(async () => {
    offered = await staff.interventionAt('OFFERED');
  });

  test('before the current step’s date is refused', async () => {
    const dayBefore = addDays(DAY, -1);
    const answer = await staff.move(offered.id, 'ACCEPTED', dayBefore);
    expect(refusal(answer)).toEqual({
      code: 'LIFECYCLE_VIOLATION',
      field: 'on',
      message: transitionProblem('OFFERED', 'ACCEPTED', dayBefore, DAY, today()),
    });
    expect(await staff.get(offered.id)).toEqual(offered);
  });

  test('in the future is refused', async () => {
    const tomorrow = addDays(today(), 1);
    const answer = await staff.move(offered.id, 'DECLINED', tomorrow);
    expect(refusal(answer)).toMatchObject({ code: 'LIFECYCLE_VIOLATION', field: 'on' });
    expect(refusal(answer).message).toMatch(/in the future/);
    expect(await staff.get(offered.id)).toEqual(offered);
  });

  test('on the day of the current step, or today, is allowed; left out, it is today in Sweden', async () => {
    const accepted = staff.ok(await staff.move(offered.id, 'ACCEPTED', DAY)).moveIntervention;
    expect(accepted.acceptedOn).toBe(DAY);
    const ongoing = staff.ok(await staff.move(offered.id, 'ONGOING')).moveIntervention;
    expect(ongoing.startedOn).toBe(today());
  });
});

describe('FOLLOWED_UP needs a completed follow-up', () => {
  test('refused without any follow-up, and with only a planned one', async () => {
    const completed = await staff.interventionAt('COMPLETED');
    const none = refusal(await staff.move(completed.id, 'FOLLOWED_UP', DAY));
    expect(none).toMatchObject({ code: 'LIFECYCLE_VIOLATION', field: 'to' });
    expect(none.message).toMatch(/no completed follow-up/);

    staff.ok(await staff.recordFollowUp({ interventionId: completed.id, dueOn: addDays(DAY, 90) }));
    const planned = refusal(await staff.move(completed.id, 'FOLLOWED_UP', DAY));
    expect(planned.code).toBe('LIFECYCLE_VIOLATION');
    expect((await staff.get(completed.id))?.status).toBe('COMPLETED');
  });

  test('refused when the follow-up was completed after the day of the move', async () => {
    const completed = await staff.interventionAt('COMPLETED');
    const later = addDays(DAY, 10);
    staff.ok(
      await staff.recordFollowUp({
        interventionId: completed.id,
        dueOn: later,
        completedOn: later,
        assessment: 'SOME_EFFECT',
      }),
    );
    const early = refusal(await staff.move(completed.id, 'FOLLOWED_UP', DAY));
    expect(early.code).toBe('LIFECYCLE_VIOLATION');
    expect(early.message).toContain(later);
    expect(staff.ok(await staff.move(completed.id, 'FOLLOWED_UP', later)).moveIntervention.followedUpOn).toBe(later);
  });
});

describe('concurrent moves of one intervention', () => {
  test('of the same step: exactly one succeeds', async () => {
    const identified = await staff.interventionAt('IDENTIFIED');
    const answers = await Promise.all(Array.from({ length: 6 }, () => staff.move(identified.id, 'OFFERED', DAY)));
    expect(answers.filter((answer) => !answer.errors)).toHaveLength(1);
    for (const answer of answers.filter((candidate) => candidate.errors)) {
      expect(refusal(answer).code).toBe('LIFECYCLE_VIOLATION');
    }
  });

  test('to alternatives (accepted or declined): one wins, and the record stays consistent', async () => {
    for (let round = 0; round < 3; round++) {
      const offered = await staff.interventionAt('OFFERED');
      const targets: LifecycleStatus[] = ['ACCEPTED', 'DECLINED', 'ACCEPTED', 'DECLINED', 'ACCEPTED', 'DECLINED'];
      const answers = await Promise.all(targets.map((to) => staff.move(offered.id, to, DAY)));
      const winners = answers.filter((answer) => !answer.errors).map((answer) => answer.data!.moveIntervention);
      expect(winners).toHaveLength(1);
      const stored = (await staff.get(offered.id))!;
      expect(stored.status).toBe(winners[0].status);
      expect(lifecycleProblems(stored as never, today())).toEqual([]);
    }
  });
});

test('an unknown id is NOT_FOUND, naming the id', async () => {
  for (const id of ['6f1b3c2e-9a4d-4b7e-8c5f-0a1d2e3b4c5d', 'not-an-id']) {
    const answer = refusal(await staff.move(id, 'OFFERED', DAY));
    expect(answer.code).toBe('NOT_FOUND');
    expect(answer.message).toContain(id);
  }
});
