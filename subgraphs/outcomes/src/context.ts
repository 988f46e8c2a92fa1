import type { DataSource } from 'typeorm';
import { createOutcomeLoaders, type OutcomeLoaders } from './services/outcome.service';

export interface OutcomesContext {
  dataSource: DataSource;
  loaders: OutcomeLoaders;
}

/** A fresh context per request, so that DataLoader caches never outlive the request that filled them. */
export function contextFactory(dataSource: DataSource): () => Promise<OutcomesContext> {
  return async () => ({ dataSource, loaders: createOutcomeLoaders(dataSource) });
}
