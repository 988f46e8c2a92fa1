import {
  AuditLog,
  auditEntriesResolver,
  auditLogGuards,
  auditLogReferences,
  buildFederatedSchema,
} from '@lagesbild/subgraph-kit';
import { interventionGuards } from './resolvers/intervention.guards';
import type { GraphQLSchema } from 'graphql';
import { SUBGRAPH } from './data-source';
import { County, Municipality, Nation, Office } from './external/areas';
import {
  CountyCoverageResolver,
  MunicipalityCoverageResolver,
  NationCoverageResolver,
  OfficeCoverageResolver,
  OrganiserCoverageResolver,
} from './resolvers/coverage.resolver';
import { CalendarFeedResolver } from './resolvers/calendarFeed.resolver';
import { FollowUpResolver } from './resolvers/followUp.resolver';
import { FollowUpMutationResolver } from './resolvers/followUpMutation.resolver';
import {
  CountyFollowUpStatusResolver,
  MunicipalityFollowUpStatusResolver,
  NationFollowUpStatusResolver,
  OfficeFollowUpStatusResolver,
  OrganiserFollowUpStatusResolver,
} from './resolvers/followUpStatus.resolver';
import {
  CountyGroupedFiguresResolver,
  MunicipalityGroupedFiguresResolver,
  NationGroupedFiguresResolver,
  OfficeGroupedFiguresResolver,
  OrganiserGroupedFiguresResolver,
} from './resolvers/groupedFigures.resolver';
import { ImportResolver } from './resolvers/import.resolver';
import { interventionReferences } from './resolvers/intervention.reference';
import { InterventionResolver } from './resolvers/intervention.resolver';
import { InterventionMutationResolver } from './resolvers/interventionMutation.resolver';
import { NationGroupsResolver } from './resolvers/nationGroups.resolver';
import { OrganiserInterventionsResolver, SchoolInterventionsResolver } from './resolvers/target.resolver';
import {
  CountyWeeklyDigestResolver,
  OfficeWeeklyDigestResolver,
  WeeklyDigestMutationResolver,
} from './resolvers/weeklyDigest.resolver';

export function buildInterventionsSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    {
      resolvers: [
        InterventionResolver,
        FollowUpResolver,
        SchoolInterventionsResolver,
        OrganiserInterventionsResolver,
        InterventionMutationResolver,
        FollowUpMutationResolver,
        ImportResolver,
        // The area figures (issue #4), on each kind of area.
        NationCoverageResolver,
        CountyCoverageResolver,
        MunicipalityCoverageResolver,
        OfficeCoverageResolver,
        OrganiserCoverageResolver,
        NationFollowUpStatusResolver,
        CountyFollowUpStatusResolver,
        MunicipalityFollowUpStatusResolver,
        OfficeFollowUpStatusResolver,
        OrganiserFollowUpStatusResolver,
        NationGroupsResolver,
        // Grouped figures (issue #16), on each kind of area.
        NationGroupedFiguresResolver,
        CountyGroupedFiguresResolver,
        MunicipalityGroupedFiguresResolver,
        OfficeGroupedFiguresResolver,
        OrganiserGroupedFiguresResolver,
        // The weekly digest of overdue work (issue 15).
        OfficeWeeklyDigestResolver,
        CountyWeeklyDigestResolver,
        WeeklyDigestMutationResolver,
        CalendarFeedResolver,
        auditEntriesResolver(SUBGRAPH),
      ],
      // The areas are reached only through the fields this subgraph adds to them (and Office as a field's type),
      // so they are named here.
      orphanedTypes: [Nation, County, Municipality, Office, AuditLog],
    },
    { ...interventionReferences, ...auditLogReferences },
    { ...interventionGuards, ...auditLogGuards },
  );
}
