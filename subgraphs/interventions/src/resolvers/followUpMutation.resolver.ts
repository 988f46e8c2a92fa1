import { GraphQLLocalDate } from 'graphql-scalars';
import { AuditRefusals } from '@lagesbild/subgraph-kit';
import { Arg, Authorized, Ctx, ID, Int, Mutation, Resolver, UseMiddleware } from 'type-graphql';
import type { InterventionsContext } from '../context';
import { FollowUp } from '../entities/followUp.entity';
import { FollowUpAssessment } from '../entities/interventionEnums';
import { completeFollowUp, recordFollowUp } from '../services/followUpCommands.service';
import { FollowUpInput } from './inputs/followUpInput';

// Office staff's mutations on follow-ups (issue #3); refusals are coded as in interventionMutation.resolver.ts,
// STALE_VERSION included (issue #15).

@Resolver()
export class FollowUpMutationResolver {
  @Authorized('office')
  @UseMiddleware(AuditRefusals)
  @Mutation(() => FollowUp, {
    description:
      'Records a follow-up (uppföljning) of an ONGOING, COMPLETED or FOLLOWED_UP intervention (insats), planned or already done.',
  })
  recordFollowUp(
    @Arg('input', () => FollowUpInput) input: FollowUpInput,
    @Arg('expectedVersion', () => Int, {
      nullable: true,
      description:
        'The version of the intervention the plan was made on; refused with STALE_VERSION when someone else changed the intervention meanwhile. Left out, no check.',
    })
    expectedVersion: number | null,
    @Ctx() { dataSource, user, today }: InterventionsContext,
  ): Promise<FollowUp> {
    return recordFollowUp(dataSource, user, input, today, expectedVersion ?? null);
  }

  @Authorized('office')
  @UseMiddleware(AuditRefusals)
  @Mutation(() => FollowUp, {
    description: 'Marks a planned follow-up (uppföljning) as done, with the effect judged with the organiser.',
  })
  completeFollowUp(
    @Arg('id', () => ID) id: string,
    @Arg('completedOn', () => GraphQLLocalDate, {
      nullable: true,
      description: 'The day it was done; today in Sweden when left out.',
    })
    completedOn: string | null,
    @Arg('assessment', () => FollowUpAssessment, {
      description: 'Effect as judged with the organiser (bedömd effekt).',
    })
    assessment: FollowUpAssessment,
    @Arg('nextStep', () => String, { nullable: true, description: 'Agreed next step (nästa steg).' })
    nextStep: string | null,
    @Arg('expectedVersion', () => Int, {
      nullable: true,
      description:
        'The version of the follow-up the completion was prepared on; refused with STALE_VERSION when someone else changed it meanwhile. Left out, no check.',
    })
    expectedVersion: number | null,
    @Ctx() { dataSource, user, today }: InterventionsContext,
  ): Promise<FollowUp> {
    return completeFollowUp(
      dataSource,
      user,
      id,
      { completedOn: completedOn ?? null, assessment, nextStep: nextStep ?? null },
      today,
      expectedVersion ?? null,
    );
  }
}
