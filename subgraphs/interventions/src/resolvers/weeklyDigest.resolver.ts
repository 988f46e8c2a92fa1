import { afterCommit, AuditRefusals, badUserInput, recordAudit } from '@lagesbild/subgraph-kit';
import {
  Arg,
  Authorized,
  Ctx,
  FieldResolver,
  Mutation,
  Resolver,
  Root,
  UseMiddleware,
  type ClassType,
} from 'type-graphql';
import type { InterventionsContext } from '../context';
import { County, Office } from '../external/areas';
import { readDigestMailConfig, recordDigestMailings, scheduleDigestMail } from '../services/digestMail';
import { storedDigest, buildWeeklyDigest, type StoredDigest } from '../services/weeklyDigest.service';
import type { DigestFollowUp as StoredFollowUp } from '../services/digestDueSoon';
import { DigestBuildResult, DigestFollowUp, WeeklyDigest } from '../types/weeklyDigest';

// The weekly digest of overdue work (issue 15) on offices and counties, and the admins' way to build it now.

const WEEK_START = /^\d{4}-\d{2}-\d{2}$/;

function followUpOf(stored: StoredFollowUp & { daysOverdue?: number }): DigestFollowUp {
  return {
    ...stored,
    office: { id: stored.officeId },
    organiser: { id: stored.organiserId },
    daysOverdue: stored.daysOverdue ?? null,
  };
}

function digestOf(stored: StoredDigest): WeeklyDigest {
  return {
    ...stored,
    overdue: stored.overdue.map(followUpOf),
    dueSoon: stored.dueSoon.map(followUpOf),
    highNeedNotReached: stored.highNeedNotReached.map((id) => ({ id })),
  };
}

function weeklyDigestResolver<TArea extends Office | County>(area: ClassType<TArea>, kind: 'office' | 'county') {
  @Resolver(() => area)
  class AreaWeeklyDigestResolver {
    @FieldResolver(() => WeeklyDigest, {
      nullable: true,
      description:
        'The weekly digest (veckosammanställning) of the week starting on weekStart (a Monday, YYYY-MM-DD), or the latest when left out; null when none was built or it is outside your scope.',
    })
    async weeklyDigest(
      @Root() root: TArea,
      @Arg('weekStart', () => String, { nullable: true }) weekStart: string | null | undefined,
      @Ctx() ctx: InterventionsContext,
    ): Promise<WeeklyDigest | null> {
      if (weekStart && !WEEK_START.test(weekStart)) {
        throw badUserInput(
          `weekStart must be a date written YYYY-MM-DD, such as 2026-12-07; got "${weekStart}".`,
          'weekStart',
        );
      }
      const code = 'id' in root ? root.id : root.code;
      const stored = await storedDigest(ctx.dataSource, { kind, code }, weekStart ?? null);
      return stored && digestOf(stored);
    }
  }
  return AreaWeeklyDigestResolver;
}

export const OfficeWeeklyDigestResolver = weeklyDigestResolver(Office, 'office');
export const CountyWeeklyDigestResolver = weeklyDigestResolver(County, 'county');

@Resolver()
export class WeeklyDigestMutationResolver {
  @Authorized('admin')
  @UseMiddleware(AuditRefusals)
  @Mutation(() => DigestBuildResult, {
    description:
      'Builds this week’s digests (veckosammanställningar) now, as the scheduled job does each day it finds the week not yet built; a week is built once, so a second call reports built: false. For admins.',
  })
  async buildWeeklyDigest(@Ctx() ctx: InterventionsContext): Promise<DigestBuildResult> {
    const result = await buildWeeklyDigest(ctx);
    // The mails are recorded with the build and sent once the request's transaction has committed, so that a
    // build rolled back mails nothing.
    if (result.built) {
      const mailConfig = readDigestMailConfig();
      await recordDigestMailings(ctx.dataSource, result.weekStart, mailConfig);
      afterCommit(ctx, async (own) => scheduleDigestMail(own, mailConfig));
    }
    await recordAudit(ctx.dataSource, ctx.user, {
      action: 'buildWeeklyDigest',
      summary: `week ${result.weekStart}${result.built ? '' : ' (already built)'}`,
      rows: result.areas,
    });
    return result;
  }
}
