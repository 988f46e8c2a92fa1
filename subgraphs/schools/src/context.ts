import type { RequestIdentity } from '@lagesbild/subgraph-kit';
import type { DataSource } from 'typeorm';
import { createSchoolLoaders, type SchoolLoaders } from './services/school.service';

/** Who asks and what they may read (RequestIdentity), and the request's own state. */
export interface SchoolsContext extends RequestIdentity {
  dataSource: DataSource;
  loaders: SchoolLoaders;
}

/** A fresh context per request, so that DataLoader caches never outlive the request that filled them. */
export function contextFactory(dataSource: DataSource): (identity: RequestIdentity) => Promise<SchoolsContext> {
  return async (identity) => ({ ...identity, dataSource, loaders: createSchoolLoaders(dataSource) });
}
