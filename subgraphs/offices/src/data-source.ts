import { AuditEntry, auditLogMigration, createDataSource } from '@lagesbild/subgraph-kit';
import { County } from './entities/county.entity';
import { Municipality } from './entities/municipality.entity';
import { Office } from './entities/office.entity';
import { ReferenceTables1763800000000 } from './migrations/1763800000000-ReferenceTables';
import { RowLevelSecurity1764200000000 } from './migrations/1764200000000-RowLevelSecurity';
import { PublishOfficeMap1765000000000 } from './migrations/1765000000000-PublishOfficeMap';

export const SUBGRAPH = 'offices';

export function createOfficesDataSource(url: string) {
  return createDataSource({
    url,
    entities: [County, Municipality, Office, AuditEntry],
    migrations: [
      ReferenceTables1763800000000,
      RowLevelSecurity1764200000000,
      auditLogMigration(SUBGRAPH),
      PublishOfficeMap1765000000000,
    ],
    applicationName: `lagesbild-${SUBGRAPH}`,
  });
}
