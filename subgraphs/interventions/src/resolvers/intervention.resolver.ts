import { AuditEntry, AuditOutcome, Connection, PageArgs, paginate, sortOf } from '@lagesbild/subgraph-kit';
import { TRANSITIONS } from '@lagesbild/domain';
import { Arg, Args, Ctx, FieldResolver, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { InterventionsContext } from '../context';
import { FollowUp } from '../entities/followUp.entity';
import { Intervention } from '../entities/intervention.entity';
import { InterventionStatus } from '../entities/interventionEnums';
import { Office } from '../external/areas';
import { Organiser, School } from '../external/targets';
import { interventionListScope, mayChangeIntervention, mayReadIntervention } from '../services/interventionAccess';
import { interventionByReference, interventionQuery } from '../services/intervention.service';
import { InterventionFilter } from './inputs/interventionFilter';
import { INTERVENTION_ORDER_PROPERTIES, InterventionOrder } from './inputs/interventionOrder';

@ObjectType({ description: 'A page of interventions (insatser).' })
export class InterventionConnection extends Connection(Intervention) {}

@Resolver(() => Intervention)
export class InterventionResolver {
  @Query(() => InterventionConnection, {
    nullable: true,
    description:
      'Interventions (insatser), in the order asked for (by id by default). Null only when its service is unavailable.',
  })
  interventions(
    @Args() page: PageArgs,
    @Arg('filter', () => InterventionFilter, { nullable: true }) filter: InterventionFilter | null,
    @Arg('orderBy', () => InterventionOrder, { nullable: true, description: 'The order; by id when left out.' })
    orderBy: InterventionOrder | null,
    @Ctx() context: InterventionsContext,
  ): Promise<InterventionConnection> {
    const { officeId } = interventionListScope(context);
    const query = interventionQuery(context.dataSource, filter);
    if (officeId) query.andWhere('intervention.officeId = :ownOffice', { ownOffice: officeId });
    return paginate(query, 'id', page, sortOf(orderBy, INTERVENTION_ORDER_PROPERTIES));
  }

  @Query(() => Intervention, { nullable: true, description: 'One intervention (insats) by its id.' })
  async intervention(
    @Arg('id', () => ID) id: string,
    @Ctx() context: InterventionsContext,
  ): Promise<Intervention | null> {
    const intervention = await context.loaders.interventionById.load(id);
    return intervention && mayReadIntervention(context, intervention) ? intervention : null;
  }

  @Query(() => Intervention, {
    nullable: true,
    description: 'One intervention (insats) by the office’s case reference (ärendenummer), e.g. UME-2024-0007.',
  })
  async interventionByReference(
    @Arg('reference', () => String) reference: string,
    @Ctx() context: InterventionsContext,
  ): Promise<Intervention | null> {
    const intervention = await interventionByReference(context.dataSource, reference);
    return intervention && mayReadIntervention(context, intervention) ? intervention : null;
  }

  @FieldResolver(() => Organiser, { description: 'The organiser (huvudman) the support is for.' })
  organiser(@Root() intervention: Intervention): Organiser {
    return { id: intervention.organiserId };
  }

  @FieldResolver(() => Office, { description: 'The office (samverkanskontor) responsible.' })
  office(@Root() intervention: Intervention): Office {
    return { id: intervention.officeId };
  }

  @FieldResolver(() => [School], {
    description: 'The school units targeted; empty when the support is for the organiser as a whole.',
  })
  async schools(@Root() intervention: Intervention, @Ctx() { loaders }: InterventionsContext): Promise<School[]> {
    const targets = await loaders.schoolsByIntervention.load(intervention.id);
    return targets.map((target) => ({ id: target.schoolId }));
  }

  @FieldResolver(() => [FollowUp], { description: 'Its follow-ups (uppföljningar), by due date.' })
  followUps(@Root() intervention: Intervention, @Ctx() { loaders }: InterventionsContext): Promise<FollowUp[]> {
    return loaders.followUpsByIntervention.load(intervention.id);
  }

  @FieldResolver(() => [InterventionStatus], {
    description:
      'The statuses its lifecycle allows it to move to next (e.g. ACCEPTED, DECLINED or CANCELLED from OFFERED); empty at an end.',
  })
  nextStatuses(@Root() intervention: Intervention): readonly InterventionStatus[] {
    return TRANSITIONS[intervention.status] as readonly InterventionStatus[];
  }

  @FieldResolver(() => Boolean, {
    description:
      'Whether the signed-in user may change it and its follow-ups (its own office’s staff); the others read it only.',
  })
  mayChange(@Root() intervention: Intervention, @Ctx() { user }: InterventionsContext): boolean {
    return mayChangeIntervention(user, intervention.officeId);
  }

  @FieldResolver(() => [AuditEntry], {
    description:
      'Its history (historik) from the audit log: every change carried out on it and its follow-ups, who made it and when, oldest first.',
  })
  history(@Root() intervention: Intervention, @Ctx() { dataSource }: InterventionsContext): Promise<AuditEntry[]> {
    // The summaries name the intervention's id (interventionCommands, followUpCommands, the importers' rows do not).
    return dataSource
      .getRepository(AuditEntry)
      .createQueryBuilder('entry')
      .where("substring(entry.summary FROM 'intervention ([0-9a-f-]{36})') = :id", { id: intervention.id })
      .andWhere('entry.outcome = :done', { done: AuditOutcome.DONE })
      .orderBy('entry.at', 'ASC')
      .addOrderBy('entry.id', 'ASC')
      .getMany();
  }
}
