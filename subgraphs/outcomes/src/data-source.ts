import { AuditEntry, auditLogMigration, createDataSource } from '@lagesbild/subgraph-kit';
import { Indicator } from './entities/indicator.entity';
import { OutcomeValue } from './entities/outcomeValue.entity';
import { OutcomeTables1763800000000 } from './migrations/1763800000000-OutcomeTables';
import { SchoolNeed1764100000000 } from './migrations/1764100000000-SchoolNeed';
import { RowLevelSecurity1764200000000 } from './migrations/1764200000000-RowLevelSecurity';
import { PupilSuppression1764300000000 } from './migrations/1764300000000-PupilSuppression';
import { PublishNeed1765000000000 } from './migrations/1765000000000-PublishNeed';
import { Replicas1765000100000 } from './migrations/1765000100000-Replicas';
import { OutcomeValueConstraintNames1765100000000 } from './migrations/1765100000000-OutcomeValueConstraintNames';
import { OutcomeRollups1765300000000 } from './migrations/1765300000000-OutcomeRollups';
import { RollupNotedMark1765600000000 } from './migrations/1765600000000-RollupNotedMark';
import { OutcomeRollupYearIndex1765780000000 } from './migrations/1765780000000-OutcomeRollupYearIndex';

export const SUBGRAPH = 'outcomes';

export function createOutcomesDataSource(url: string) {
  return createDataSource({
    url,
    entities: [Indicator, OutcomeValue, AuditEntry],
    migrations: [
      OutcomeTables1763800000000,
      SchoolNeed1764100000000,
      RowLevelSecurity1764200000000,
      PupilSuppression1764300000000,
      auditLogMigration(SUBGRAPH),
      PublishNeed1765000000000,
      Replicas1765000100000,
      OutcomeValueConstraintNames1765100000000,
      OutcomeRollups1765300000000,
      RollupNotedMark1765600000000,
      OutcomeRollupYearIndex1765780000000,
    ],
    applicationName: `lagesbild-${SUBGRAPH}`,
  });
}
