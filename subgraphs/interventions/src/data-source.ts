import { AuditEntry, auditLogMigration, createDataSource } from '@lagesbild/subgraph-kit';
import { FollowUp } from './entities/followUp.entity';
import { Intervention } from './entities/intervention.entity';
import { InterventionSchool } from './entities/interventionSchool.entity';
import { InterventionTables1763800000000 } from './migrations/1763800000000-InterventionTables';
import { NaturalKeys1763900000000 } from './migrations/1763900000000-NaturalKeys';
import { RowLevelSecurity1764200000000 } from './migrations/1764200000000-RowLevelSecurity';
import { PublishSupport1765000000000 } from './migrations/1765000000000-PublishSupport';
import { Replicas1765000100000 } from './migrations/1765000100000-Replicas';
import { FollowUpDataVersion1765000200000 } from './migrations/1765000200000-FollowUpDataVersion';
import { Rollups1765200000000 } from './migrations/1765200000000-Rollups';
import { WeeklyDigest1765300000000 } from './migrations/1765300000000-WeeklyDigest';
import { CalendarFeeds1765300100000 } from './migrations/1765300100000-CalendarFeeds';
import { InterventionVersion1765400000000 } from './migrations/1765400000000-InterventionVersion';
import { InterventionHistory1765400100000 } from './migrations/1765400100000-InterventionHistory';
import { OutreachPlanning1765500700000 } from './migrations/1765500700000-OutreachPlanning';
import { RollupNotedMark1765600000000 } from './migrations/1765600000000-RollupNotedMark';
import { FollowUpVersion1765730000000 } from './migrations/1765730000000-FollowUpVersion';
import { CalendarFeedLastUse1765730100000 } from './migrations/1765730100000-CalendarFeedLastUse';
import { NationalReadOfOrganiserRollups1765760000000 } from './migrations/1765760000000-NationalReadOfOrganiserRollups';
import { DigestMailings1765770000000 } from './migrations/1765770000000-DigestMailings';

export const SUBGRAPH = 'interventions';

export function createInterventionsDataSource(url: string) {
  return createDataSource({
    url,
    entities: [Intervention, InterventionSchool, FollowUp, AuditEntry],
    migrations: [
      InterventionTables1763800000000,
      NaturalKeys1763900000000,
      RowLevelSecurity1764200000000,
      auditLogMigration(SUBGRAPH),
      PublishSupport1765000000000,
      Replicas1765000100000,
      FollowUpDataVersion1765000200000,
      Rollups1765200000000,
      WeeklyDigest1765300000000,
      CalendarFeeds1765300100000,
      InterventionVersion1765400000000,
      InterventionHistory1765400100000,
      OutreachPlanning1765500700000,
      RollupNotedMark1765600000000,
      FollowUpVersion1765730000000,
      CalendarFeedLastUse1765730100000,
      NationalReadOfOrganiserRollups1765760000000,
      DigestMailings1765770000000,
    ],
    applicationName: `lagesbild-${SUBGRAPH}`,
  });
}
