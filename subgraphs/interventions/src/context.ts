import type { RequestIdentity } from '@lagesbild/subgraph-kit';
import type { DataSource } from 'typeorm';
import { createFigureLoaders, type FigureLoaders } from './services/figureLoaders';
import { swedishToday } from '@lagesbild/subgraph-kit';
import { createInterventionLoaders, type InterventionLoaders } from './services/intervention.service';

/** Who asks and what they may read (RequestIdentity), and the request's own state. */
export interface InterventionsContext extends RequestIdentity {
  dataSource: DataSource;
  loaders: InterventionLoaders;
  /** The area figures (coverage, follow-up status, …), each one statement per request tick. */
  figures: FigureLoaders;
  /** One date per request, so that every follow-up in an answer is judged against the same day. */
  today: string;
}

/** A fresh context per request, so that DataLoader caches never outlive the request that filled them. */
export function contextFactory(dataSource: DataSource): (identity: RequestIdentity) => Promise<InterventionsContext> {
  return async (identity) => {
    const today = swedishToday();
    const loaders = createInterventionLoaders(dataSource);
    return { ...identity, dataSource, loaders, figures: createFigureLoaders(dataSource, today, loaders), today };
  };
}
