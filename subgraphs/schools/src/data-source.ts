import { AuditEntry, auditLogMigration, createDataSource } from '@lagesbild/subgraph-kit';
import { Organiser } from './entities/organiser.entity';
import { School } from './entities/school.entity';
import { SchoolYear } from './entities/schoolYear.entity';
import { SchoolTables1763800000000 } from './migrations/1763800000000-SchoolTables';
import { SchoolScope1764000000000 } from './migrations/1764000000000-SchoolScope';
import { RowLevelSecurity1764200000000 } from './migrations/1764200000000-RowLevelSecurity';
import { PublishRegister1765000000000 } from './migrations/1765000000000-PublishRegister';

export const SUBGRAPH = 'schools';

export function createSchoolsDataSource(url: string) {
  return createDataSource({
    url,
    entities: [Organiser, School, SchoolYear, AuditEntry],
    migrations: [
      SchoolTables1763800000000,
      SchoolScope1764000000000,
      RowLevelSecurity1764200000000,
      auditLogMigration(SUBGRAPH),
      PublishRegister1765000000000,
    ],
    applicationName: `lagesbild-${SUBGRAPH}`,
  });
}
