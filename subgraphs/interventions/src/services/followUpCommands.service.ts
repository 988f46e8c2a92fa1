import type { User } from '@lagesbild/auth';
import { uuidFromKey } from '@lagesbild/domain';
import { recordAudit, validationError, ValidationCode, type ValidationIssue } from '@lagesbild/subgraph-kit';
import type { DataSource, EntityManager } from 'typeorm';
import { FollowUp } from '../entities/followUp.entity';
import type { FollowUpAssessment } from '../entities/interventionEnums';
import type { Intervention } from '../entities/intervention.entity';
import type { FollowUpInput } from '../resolvers/inputs/followUpInput';
import { asDuplicateError, notFound, staleVersion } from './commandErrors';
import { completedOnIssue, followUpFieldIssues, followUpStatusIssue, type FollowedIntervention } from './followUpRules';
import { isUuid } from './interventionRules';
import { lockedIntervention } from './interventionCommands.service';

// Office staff's follow-ups (uppföljningar), issue #3. The intervention's row is locked for the transaction, so a
// follow-up cannot be added to an intervention that is being cancelled at the same moment. As for interventions
// (issue #15), a write may name the version it was prepared on: a plan the intervention's, since the follow-up does
// not exist yet and the intervention's state decides whether it may be planned; a completion the follow-up's.

export async function recordFollowUp(
  dataSource: DataSource,
  user: User,
  input: FollowUpInput,
  today: string,
  expectedInterventionVersion: number | null = null,
): Promise<FollowUp> {
  const fields = {
    completedOn: input.completedOn ?? null,
    assessment: input.assessment ?? null,
    nextStep: cleanText(input.nextStep),
  };
  const issues = followUpFieldIssues(fields);
  if (issues.length > 0) throw validationError(issues);
  const unknown: ValidationIssue = {
    code: ValidationCode.UNKNOWN_REFERENCE,
    field: 'interventionId',
    message: `interventionId: there is no intervention with the id ${input.interventionId}.`,
  };
  if (!isUuid(input.interventionId)) throw validationError([unknown]);

  try {
    return await dataSource.transaction(async (manager) => {
      const intervention = await lockedIntervention(manager, input.interventionId, user, expectedInterventionVersion);
      if (!intervention) throw validationError([unknown]);
      assertFollowUpAllowed(intervention, 'interventionId', fields.completedOn, today);
      const existing = await manager.findOneBy(FollowUp, { interventionId: intervention.id, dueOn: input.dueOn });
      if (existing) {
        throw validationError([
          {
            code: ValidationCode.DUPLICATE,
            field: 'dueOn',
            message: `dueOn: intervention ${intervention.id} already has a follow-up due on ${input.dueOn} (${existing.id}).`,
          },
        ]);
      }
      const followUp = manager.create(FollowUp, {
        // Derived from the natural key (intervention and due date), as every id in this project is.
        id: uuidFromKey(`follow-up:${intervention.id}:${input.dueOn}`),
        interventionId: intervention.id,
        dueOn: input.dueOn,
        ...fields,
      });
      await manager.insert(FollowUp, followUp);
      followUp.version = 1;
      await recordAudit(manager, user, {
        action: 'recordFollowUp',
        summary: `follow-up ${followUp.id} of intervention ${intervention.id}`,
        rows: 1,
      });
      return followUp;
    });
  } catch (error) {
    throw asDuplicateError(error);
  }
}

export interface FollowUpCompletion {
  completedOn: string | null;
  assessment: FollowUpAssessment;
  nextStep: string | null;
}

export async function completeFollowUp(
  dataSource: DataSource,
  user: User,
  id: string,
  completion: FollowUpCompletion,
  today: string,
  expectedVersion: number | null = null,
): Promise<FollowUp> {
  const fields = {
    completedOn: completion.completedOn ?? today,
    assessment: completion.assessment,
    nextStep: cleanText(completion.nextStep),
  };
  const issues = followUpFieldIssues(fields);
  if (issues.length > 0) throw validationError(issues);
  if (!isUuid(id)) throw notFound('follow-up', id);

  return dataSource.transaction(async (manager) => {
    // The intervention first, then the follow-up: the same order as recordFollowUp and moveIntervention.
    const interventionId = await interventionOf(manager, id);
    const intervention = interventionId ? await lockedIntervention(manager, interventionId, user) : null;
    if (!intervention) throw notFound('follow-up', id);
    const followUp = await manager
      .getRepository(FollowUp)
      .createQueryBuilder('followUp')
      .setLock('pessimistic_write')
      .where('followUp.id = :id', { id })
      .getOneOrFail();
    // Before the rules, so that a follow-up someone else completed meanwhile is named as such.
    if (expectedVersion !== null && followUp.version !== expectedVersion) {
      throw staleVersion(id, expectedVersion, followUp.version, 'follow-up');
    }
    if (followUp.completedOn !== null) {
      throw validationError([
        {
          code: ValidationCode.LIFECYCLE_VIOLATION,
          field: 'id',
          message: `id: follow-up ${id} was already completed on ${followUp.completedOn}; it is done once.`,
        },
      ]);
    }
    assertFollowUpAllowed(intervention, 'id', fields.completedOn, today);
    await manager.update(FollowUp, { id }, fields);
    await recordAudit(manager, user, {
      action: 'completeFollowUp',
      summary: `follow-up ${id} of intervention ${intervention.id}`,
      rows: 1,
    });
    return Object.assign(followUp, fields, { version: followUp.version + 1 });
  });
}

function assertFollowUpAllowed(
  intervention: Intervention,
  field: string,
  completedOn: string | null,
  today: string,
): void {
  const followed = intervention as FollowedIntervention;
  const issue =
    followUpStatusIssue(followed, field) ?? (completedOn ? completedOnIssue(followed, completedOn, today) : null);
  if (issue) throw validationError([issue]);
}

async function interventionOf(manager: EntityManager, followUpId: string): Promise<string | null> {
  const row = await manager.findOne(FollowUp, { where: { id: followUpId }, select: { interventionId: true } });
  return row?.interventionId ?? null;
}

/** Blank text is no text: an empty next step is stored as none. */
function cleanText(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}
