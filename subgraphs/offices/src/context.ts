import type { RequestIdentity } from '@lagesbild/subgraph-kit';
import type { DataSource } from 'typeorm';
import { createAreaLoaders, type AreaLoaders } from './services/area.service';

/** Who asks and what they may read (RequestIdentity), and the request's own state. */
export interface OfficesContext extends RequestIdentity {
  dataSource: DataSource;
  loaders: AreaLoaders;
}

/** A fresh context per request, so that DataLoader caches never outlive the request that filled them. */
export function contextFactory(dataSource: DataSource): (identity: RequestIdentity) => Promise<OfficesContext> {
  return async (identity) => ({ ...identity, dataSource, loaders: createAreaLoaders(dataSource) });
}
