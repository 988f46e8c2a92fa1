import type { DataSource } from 'typeorm';
import { createSchoolLoaders, type SchoolLoaders } from './services/school.service';

export interface SchoolsContext {
  dataSource: DataSource;
  loaders: SchoolLoaders;
}

/** A fresh context per request, so that DataLoader caches never outlive the request that filled them. */
export function contextFactory(dataSource: DataSource): () => Promise<SchoolsContext> {
  return async () => ({ dataSource, loaders: createSchoolLoaders(dataSource) });
}
