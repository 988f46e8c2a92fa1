import { rowByKeyLoader, rowsByForeignKeyLoader } from '@lagesbild/subgraph-kit';
import DataLoader from 'dataloader';
import type { DataSource, SelectQueryBuilder } from 'typeorm';
import { FollowUp } from '../entities/followUp.entity';
import { Intervention } from '../entities/intervention.entity';
import { InterventionSchool } from '../entities/interventionSchool.entity';
import type { InterventionFilter } from '../resolvers/inputs/interventionFilter';
import { normaliseCaseReference } from './caseReference';

/** Per-request loaders: each is one statement per request tick, however many rows a query touches. */
export function createInterventionLoaders(dataSource: DataSource) {
  const interventions = dataSource.getRepository(Intervention);
  const followUps = dataSource.getRepository(FollowUp);
  return {
    interventionById: rowByKeyLoader<Intervention, string>(interventions, 'id'),
    followUpById: rowByKeyLoader<FollowUp, string>(followUps, 'id'),
    followUpsByIntervention: rowsByForeignKeyLoader<FollowUp, string>(followUps, 'interventionId', 'dueOn'),
    interventionsByOrganiser: rowsByForeignKeyLoader<Intervention, string>(
      interventions,
      'organiserId',
      'identifiedOn',
    ),
    schoolsByIntervention: rowsByForeignKeyLoader<InterventionSchool, string>(
      dataSource.getRepository(InterventionSchool),
      'interventionId',
      'schoolId',
    ),
    interventionsBySchool: new DataLoader<string, Intervention[]>(async (schoolIds) => {
      const rows = await interventions
        .createQueryBuilder('intervention')
        .innerJoin(InterventionSchool, 'target', 'target.intervention_id = intervention.id')
        .addSelect('target.school_id', 'target_school_id')
        .where('target.school_id = ANY(:schoolIds)', { schoolIds: [...schoolIds] })
        .orderBy('intervention.identifiedOn', 'ASC')
        .getRawAndEntities();
      const groups = new Map<string, Intervention[]>(schoolIds.map((id) => [id, []]));
      rows.raw.forEach((raw: { target_school_id: string; intervention_id: string }) => {
        const entity = rows.entities.find((candidate) => candidate.id === raw.intervention_id);
        if (entity) groups.get(raw.target_school_id)?.push(entity);
      });
      return schoolIds.map((id) => groups.get(id) ?? []);
    }),
  };
}

/** One intervention by its case reference (ärendenummer), written as the office writes it. */
export function interventionByReference(dataSource: DataSource, reference: string): Promise<Intervention | null> {
  return dataSource.getRepository(Intervention).findOneBy({ reference: normaliseCaseReference(reference) });
}

export type InterventionLoaders = ReturnType<typeof createInterventionLoaders>;

export function interventionQuery(
  dataSource: DataSource,
  filter: InterventionFilter | null,
): SelectQueryBuilder<Intervention> {
  const query = dataSource.getRepository(Intervention).createQueryBuilder('intervention');
  if (filter?.reference) {
    query.andWhere('intervention.reference = :reference', { reference: normaliseCaseReference(filter.reference) });
  }
  if (filter?.officeId) query.andWhere('intervention.officeId = :officeId', { officeId: filter.officeId });
  if (filter?.organiserId)
    query.andWhere('intervention.organiserId = :organiserId', { organiserId: filter.organiserId });
  if (filter?.kind) query.andWhere('intervention.kind = :kind', { kind: filter.kind });
  if (filter?.status) query.andWhere('intervention.status = :status', { status: filter.status });
  if (filter?.origin) query.andWhere('intervention.origin = :origin', { origin: filter.origin });
  if (filter?.identifiedFrom) query.andWhere('intervention.identifiedOn >= :from', { from: filter.identifiedFrom });
  if (filter?.identifiedTo) query.andWhere('intervention.identifiedOn <= :to', { to: filter.identifiedTo });
  if (filter?.schoolId) {
    query.andWhere('intervention.id IN (SELECT intervention_id FROM intervention_school WHERE school_id = :schoolId)', {
      schoolId: filter.schoolId,
    });
  }
  return query;
}
