import { TRANSITIONS, type LifecycleStatus } from '@lagesbild/domain';
import { addDays, DAY, officeStaff, refusal, today, useOfficeStaffSubgraphs } from './officeStaff';

const subgraph = useOfficeStaffSubgraphs();
const staff = officeStaff(subgraph);

const STATUSES = Object.keys(TRANSITIONS) as LifecycleStatus[];
// Issue #3: follow-ups are for support that has started and was not cancelled.
const FOLLOWED: readonly LifecycleStatus[] = ['ONGOING', 'COMPLETED', 'FOLLOWED_UP'];
const DUE = addDays(DAY, 60);

describe('recordFollowUp', () => {
  test.each(STATUSES)('for a %s intervention', async (status) => {
    const intervention = await staff.interventionAt(status);
    const answer = await staff.recordFollowUp({ interventionId: intervention.id, dueOn: DUE });
    if (FOLLOWED.includes(status)) {
      expect(staff.ok(answer).recordFollowUp).toMatchObject({
        completedOn: null,
        intervention: { id: intervention.id },
      });
    } else {
      expect(refusal(answer)).toMatchObject({ code: 'LIFECYCLE_VIOLATION', field: 'interventionId' });
      expect(refusal(answer).message).toContain(status);
      expect((await staff.get(intervention.id))?.followUps).toEqual(intervention.followUps);
    }
  });

  test('records one already done, with its assessment and next step', async () => {
    const ongoing = await staff.interventionAt('ONGOING');
    const done = staff.ok(
      await staff.recordFollowUp({
        interventionId: ongoing.id,
        dueOn: DUE,
        completedOn: addDays(DUE, 3),
        assessment: 'CLEAR_EFFECT',
        nextStep: '  Ny avstämning i nästa kvalitetsdialog.  ',
      }),
    ).recordFollowUp;
    expect(done).toMatchObject({
      completedOn: addDays(DUE, 3),
      status: 'DONE',
      nextStep: 'Ny avstämning i nästa kvalitetsdialog.',
    });
  });

  test.each([
    [
      'completedOn in the future',
      { completedOn: addDays(today(), 1), assessment: 'NO_EFFECT' },
      'LIFECYCLE_VIOLATION',
      'completedOn',
    ],
    [
      'completedOn before the support started',
      { completedOn: addDays(DAY, -1), assessment: 'NO_EFFECT' },
      'LIFECYCLE_VIOLATION',
      'completedOn',
    ],
    ['completedOn without an assessment', { completedOn: DAY }, 'INVALID_VALUE', 'assessment'],
    ['an assessment without completedOn', { assessment: 'SOME_EFFECT' }, 'INVALID_VALUE', 'assessment'],
    ['a next step longer than 2000 characters', { nextStep: 'x'.repeat(2001) }, 'INVALID_VALUE', 'nextStep'],
  ])('refuses %s, and writes nothing', async (_case, input, code, field) => {
    const ongoing = await staff.interventionAt('ONGOING');
    const answer = await staff.recordFollowUp({ interventionId: ongoing.id, dueOn: DUE, ...input });
    expect(refusal(answer)).toMatchObject({ code, field });
    expect(refusal(answer).message).toContain(field);
    expect((await staff.get(ongoing.id))?.followUps).toEqual([]);
  });

  test('refuses a second follow-up due the same day (DUPLICATE)', async () => {
    const ongoing = await staff.interventionAt('ONGOING');
    staff.ok(await staff.recordFollowUp({ interventionId: ongoing.id, dueOn: DUE }));
    const answer = await staff.recordFollowUp({ interventionId: ongoing.id, dueOn: DUE, nextStep: 'Igen' });
    expect(refusal(answer)).toMatchObject({ code: 'DUPLICATE', field: 'dueOn' });
    expect((await staff.get(ongoing.id))?.followUps).toHaveLength(1);
  });

  test('refuses an unknown intervention (UNKNOWN_REFERENCE)', async () => {
    for (const interventionId of ['00000000-0000-4000-8000-000000000000', 'UME-2025-0001']) {
      const answer = refusal(await staff.recordFollowUp({ interventionId, dueOn: DUE }));
      expect(answer).toMatchObject({ code: 'UNKNOWN_REFERENCE', field: 'interventionId' });
      expect(answer.message).toContain(interventionId);
    }
  });
});

describe('completeFollowUp', () => {
  async function plannedFollowUp(status: LifecycleStatus = 'ONGOING') {
    const intervention = await staff.interventionAt(status);
    const followUp = staff.ok(await staff.recordFollowUp({ interventionId: intervention.id, dueOn: DUE }));
    return { intervention, followUp: followUp.recordFollowUp };
  }

  test('marks it done, today in Sweden by default', async () => {
    const { followUp } = await plannedFollowUp();
    const done = staff.ok(
      await staff.completeFollowUp({ id: followUp.id, assessment: 'SOME_EFFECT', nextStep: 'Handledning' }),
    ).completeFollowUp;
    expect(done).toMatchObject({ completedOn: today(), assessment: 'SOME_EFFECT', status: 'DONE' });
  });

  test('a follow-up already done is refused (LIFECYCLE_VIOLATION), and keeps its date', async () => {
    const { intervention, followUp } = await plannedFollowUp();
    staff.ok(await staff.completeFollowUp({ id: followUp.id, completedOn: DUE, assessment: 'NO_EFFECT' }));
    const again = refusal(await staff.completeFollowUp({ id: followUp.id, assessment: 'CLEAR_EFFECT' }));
    expect(again).toMatchObject({ code: 'LIFECYCLE_VIOLATION', field: 'id' });
    expect(again.message).toMatch(/already completed/);
    const stored = (await staff.get(intervention.id))!.followUps[0];
    expect(stored).toMatchObject({ completedOn: DUE, assessment: 'NO_EFFECT' });
  });

  test('dates in the future or before the support started are refused', async () => {
    const { intervention, followUp } = await plannedFollowUp();
    for (const completedOn of [addDays(today(), 1), addDays(DAY, -1)]) {
      const answer = refusal(await staff.completeFollowUp({ id: followUp.id, completedOn, assessment: 'NO_EFFECT' }));
      expect(answer).toMatchObject({ code: 'LIFECYCLE_VIOLATION', field: 'completedOn' });
    }
    expect((await staff.get(intervention.id))!.followUps[0].completedOn).toBeNull();
  });

  test('a follow-up of an intervention cancelled since is refused', async () => {
    const { intervention, followUp } = await plannedFollowUp();
    staff.ok(await staff.move(intervention.id, 'CANCELLED', DAY));
    const answer = refusal(await staff.completeFollowUp({ id: followUp.id, assessment: 'NO_EFFECT' }));
    expect(answer).toMatchObject({ code: 'LIFECYCLE_VIOLATION', field: 'id' });
  });

  test('then lets the intervention become FOLLOWED_UP', async () => {
    const { intervention, followUp } = await plannedFollowUp('COMPLETED');
    staff.ok(await staff.completeFollowUp({ id: followUp.id, completedOn: DUE, assessment: 'CLEAR_EFFECT' }));
    expect(staff.ok(await staff.move(intervention.id, 'FOLLOWED_UP', DUE)).moveIntervention.status).toBe('FOLLOWED_UP');
  });

  test('an unknown id is NOT_FOUND, naming the id', async () => {
    for (const id of ['00000000-0000-4000-8000-000000000000', 'uppföljning-1']) {
      const answer = refusal(await staff.completeFollowUp({ id, assessment: 'NO_EFFECT' }));
      expect(answer.code).toBe('NOT_FOUND');
      expect(answer.message).toContain(id);
    }
  });
});
