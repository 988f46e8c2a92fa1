import type { User } from '@lagesbild/auth';
import { DATE_OF_STATUS, uuidFromKey, type LifecycleRecord } from '@lagesbild/domain';
import { recordAudit, validationError, ValidationCode } from '@lagesbild/subgraph-kit';
import type { DataSource, EntityManager } from 'typeorm';
import { FollowUp } from '../entities/followUp.entity';
import { Intervention } from '../entities/intervention.entity';
import { InterventionStatus } from '../entities/interventionEnums';
import { InterventionSchool } from '../entities/interventionSchool.entity';
import type { InterventionChangesInput } from '../resolvers/inputs/interventionChangesInput';
import type { NewInterventionInput } from '../resolvers/inputs/newInterventionInput';
import { caseReferencePrefix, formatCaseReference, normaliseCaseReference } from './caseReference';
import { asDuplicateError, notFound, staleVersion } from './commandErrors';
import { followedUpIssue } from './followUpRules';
import { isUuid, moveIssue, newInterventionIssues, schoolIdIssues } from './interventionRules';
import { assertOfficeWrites } from './interventionAccess';
import { assertOutreachPlanning } from './outreachPlanning';
import { recordOrganiserAreas } from './organiserArea';
import { checkTargets } from './schoolTargets';

// Office staff's changes to interventions (issue #3), and a regional manager's planned outreach (issue #15). Each runs in one transaction, so a refused change writes
// nothing; the other subgraph is asked before the transaction opens, so no row lock waits on the network. Each is
// audited in its own transaction (issue #5); its rows count the intervention and the school targets it wrote.

export async function createIntervention(
  dataSource: DataSource,
  user: User,
  input: NewInterventionInput,
  today: string,
): Promise<Intervention> {
  const fields = {
    organiserId: input.organiserId,
    schoolIds: [...new Set(input.schoolIds ?? [])],
    officeId: input.officeId,
    identifiedOn: input.identifiedOn ?? today,
    reference: input.reference ? normaliseCaseReference(input.reference) : null,
  };
  const issues = newInterventionIssues(fields, today);
  // A regional manager's schools are checked for their county first, so that another county's school is refused as
  // such (FORBIDDEN) rather than reported unknown by the schools subgraph, which answers within their scope.
  if (user.role === 'regional' && issues.length === 0) {
    await assertOutreachPlanning(user, { ...fields, origin: input.origin });
  }
  let organiserMunicipalities: string[] = [];
  if (!issues.some((issue) => issue.field === 'organiserId' || issue.field === 'schoolIds')) {
    const targets = await checkTargets(user, fields.organiserId, fields.schoolIds);
    issues.push(...targets.issues);
    organiserMunicipalities = targets.municipalities;
  }
  if (input.requestKey && !isUuid(input.requestKey)) {
    issues.push({
      code: ValidationCode.INVALID_VALUE,
      field: 'requestKey',
      message: `requestKey must be a UUID the client made for this form, not "${input.requestKey}".`,
    });
  }
  if (issues.length > 0) throw validationError(issues);
  // After validation, so that an office that does not exist is named as such rather than as someone else's.
  if (user.role !== 'regional') assertOfficeWrites(user, fields.officeId);
  const requestKey = input.requestKey ?? null;

  return dataSource
    .transaction(async (manager) => {
      // A double click: the creates of one request take turns, and the second is answered with what the first
      // recorded. Found before anything is written, so the second neither refuses the first's case reference nor
      // trips over its request key in the insert (a unique violation, which would be logged as a failed statement).
      if (requestKey) {
        await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`intervention-request:${requestKey}`]);
        const earlier = await interventionOfRequest(manager, requestKey, user);
        if (earlier) return earlier;
      }
      // Concurrent creates for one office and year take turns, so two never pick or check the same number.
      await lockCaseReferences(manager, caseReferencePrefix(fields.officeId, fields.identifiedOn));
      await recordOrganiserAreas(manager, new Map([[fields.organiserId, organiserMunicipalities]]));
      if (fields.reference) await assertReferenceFree(manager, fields.reference);
      const reference = fields.reference ?? (await nextCaseReference(manager, fields.officeId, fields.identifiedOn));
      const intervention = manager.create(Intervention, {
        // Derived from the natural key (domain/naturalKeys.ts), like every id in this project.
        id: uuidFromKey(`intervention:${reference}`),
        reference,
        kind: input.kind,
        origin: input.origin,
        status: InterventionStatus.IDENTIFIED,
        organiserId: fields.organiserId,
        officeId: fields.officeId,
        identifiedOn: fields.identifiedOn,
        offeredOn: null,
        acceptedOn: null,
        declinedOn: null,
        startedOn: null,
        completedOn: null,
        followedUpOn: null,
        cancelledOn: null,
        requestKey,
      });
      await manager.insert(Intervention, intervention);
      intervention.version = 1;
      await insertTargets(manager, intervention.id, fields.schoolIds);
      await recordAudit(manager, user, {
        action: 'createIntervention',
        summary: `intervention ${intervention.id} (${reference})`,
        rows: 1 + fields.schoolIds.length,
      });
      return intervention;
    })
    .catch((error: unknown) => {
      throw asDuplicateError(error);
    });
}

export async function updateIntervention(
  dataSource: DataSource,
  user: User,
  id: string,
  changes: InterventionChangesInput,
  expectedVersion: number | null = null,
): Promise<Intervention> {
  const schoolIds = changes.schoolIds ? [...new Set(changes.schoolIds)] : null;
  if (!isUuid(id)) throw notFound('intervention', id);
  const current = await dataSource.getRepository(Intervention).findOneBy({ id });
  if (!current) throw notFound('intervention', id);
  assertOfficeWrites(user, current.officeId);
  if (schoolIds) {
    const issues = schoolIdIssues(schoolIds);
    if (issues.length === 0) issues.push(...(await checkTargets(user, current.organiserId, schoolIds)).issues);
    if (issues.length > 0) throw validationError(issues);
  }
  return dataSource.transaction(async (manager) => {
    // The organiser never changes, so the schools checked above stay valid under the lock.
    const intervention = await lockedIntervention(manager, id, user, expectedVersion);
    if (!intervention) throw notFound('intervention', id);
    if (changes.kind) intervention.kind = changes.kind;
    if (changes.origin) intervention.origin = changes.origin;
    await manager.update(Intervention, { id }, { kind: intervention.kind, origin: intervention.origin });
    intervention.version += 1;
    if (schoolIds) {
      await manager.delete(InterventionSchool, { interventionId: id });
      await insertTargets(manager, id, schoolIds);
    }
    await recordAudit(manager, user, {
      action: 'updateIntervention',
      summary: `intervention ${id} (${intervention.reference})`,
      rows: 1 + (schoolIds?.length ?? 0),
    });
    return intervention;
  });
}

/** One dated step of the lifecycle; the row lock makes concurrent moves of one intervention take turns. */
export async function moveIntervention(
  dataSource: DataSource,
  user: User,
  id: string,
  to: InterventionStatus,
  on: string | null,
  today: string,
  expectedVersion: number | null = null,
): Promise<Intervention> {
  if (!isUuid(id)) throw notFound('intervention', id);
  const date = on ?? today;
  return dataSource.transaction(async (manager) => {
    const intervention = await lockedIntervention(manager, id, user, expectedVersion);
    if (!intervention) throw notFound('intervention', id);
    const issue = moveIssue(intervention as LifecycleRecord, to, date, today);
    if (issue) throw validationError([issue]);
    if (to === InterventionStatus.FOLLOWED_UP) {
      const followUps = await manager.find(FollowUp, { where: { interventionId: id }, select: { completedOn: true } });
      const missing = followedUpIssue(
        followUps.map((followUp) => followUp.completedOn),
        date,
      );
      if (missing) throw validationError([missing]);
    }
    const changes = { status: to, [DATE_OF_STATUS[to]]: date };
    await manager.update(Intervention, { id }, changes);
    await recordAudit(manager, user, {
      action: 'moveIntervention',
      summary: `intervention ${id} (${intervention.reference}) to ${to}`,
      rows: 1,
    });
    return Object.assign(intervention, changes, { version: intervention.version + 1 });
  });
}

/**
 * The intervention, locked until the transaction ends (SELECT … FOR UPDATE), or null. Every change to an existing
 * intervention or its follow-ups passes here, so here is where the writer's office is checked, and, under the
 * lock, that it is still the version the writer saw.
 */
export async function lockedIntervention(
  manager: EntityManager,
  id: string,
  writer: User,
  expectedVersion: number | null = null,
): Promise<Intervention | null> {
  const intervention = await manager
    .getRepository(Intervention)
    .createQueryBuilder('intervention')
    .setLock('pessimistic_write')
    .where('intervention.id = :id', { id })
    .getOne();
  // Row-level security locks only rows the writer may change; one they may only read is refused by name.
  if (!intervention) await assertWritableIfReadable(manager, id, writer);
  if (intervention) assertOfficeWrites(writer, intervention.officeId);
  if (intervention && expectedVersion !== null && intervention.version !== expectedVersion) {
    throw staleVersion(id, expectedVersion, intervention.version);
  }
  return intervention;
}

/** FORBIDDEN for an intervention the writer can read but not lock; nothing for one they cannot see at all. */
async function assertWritableIfReadable(manager: EntityManager, id: string, writer: User): Promise<void> {
  const readable = await manager.findOne(Intervention, { where: { id }, select: { id: true, officeId: true } });
  if (readable) assertOfficeWrites(writer, readable.officeId);
}

/** The intervention an earlier create with this request key recorded, when the writer may see it. */
async function interventionOfRequest(
  manager: EntityManager,
  requestKey: string,
  writer: User,
): Promise<Intervention | null> {
  const earlier = await manager.findOneBy(Intervention, { requestKey });
  // A regional manager found it under row-level security, so may read it: their double click answers with it too.
  if (earlier && writer.role !== 'regional') assertOfficeWrites(writer, earlier.officeId);
  return earlier;
}

async function insertTargets(manager: EntityManager, interventionId: string, schoolIds: readonly string[]) {
  if (schoolIds.length === 0) return;
  await manager.insert(
    InterventionSchool,
    schoolIds.map((schoolId) => ({ interventionId, schoolId })),
  );
}

/** The next number in the office's sequence for the year; the caller holds lockCaseReferences. */
async function nextCaseReference(manager: EntityManager, officeId: string, identifiedOn: string): Promise<string> {
  const prefix = caseReferencePrefix(officeId, identifiedOn);
  // Over the office's whole sequence, also the rows the writer cannot read (migration OutreachPlanning).
  const [{ next }] = await manager.query('SELECT next_case_reference($1) AS next', [prefix]);
  return formatCaseReference(officeId, Number(identifiedOn.slice(0, 4)), Number(next));
}

/** A transaction-scoped advisory lock on one office's sequence for one year. */
async function lockCaseReferences(manager: EntityManager, prefix: string): Promise<void> {
  await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`case-reference:${prefix}`]);
}

async function assertReferenceFree(manager: EntityManager, reference: string): Promise<void> {
  const existing = await manager.findOne(Intervention, { where: { reference }, select: { id: true } });
  if (existing) {
    throw validationError([
      {
        code: ValidationCode.DUPLICATE,
        field: 'reference',
        message: `reference ${reference} is already taken by intervention ${existing.id}.`,
      },
    ]);
  }
}
