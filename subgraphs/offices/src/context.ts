import type { DataSource } from 'typeorm';
import { createAreaLoaders, type AreaLoaders } from './services/area.service';

export interface OfficesContext {
  dataSource: DataSource;
  loaders: AreaLoaders;
}

/** A fresh context per request, so that DataLoader caches never outlive the request that filled them. */
export function contextFactory(dataSource: DataSource): () => Promise<OfficesContext> {
  return async () => ({ dataSource, loaders: createAreaLoaders(dataSource) });
}
