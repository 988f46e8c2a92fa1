import type { RequestIdentity } from '@lagesbild/subgraph-kit';
import type { DataSource } from 'typeorm';
import { createEarlySignalLoader } from './services/earlySignals.service';
import { createEquityTrendLoader } from './services/equityTrend.service';
import { createOutcomeLoaders } from './services/outcome.service';
import { createOutcomeGroupedLoader } from './services/outcomeGrouped.service';
import { createResultYearsLoader } from './services/resultYears.service';
import { createHighNeedLoader } from './services/schoolNeed.service';
import { createSupportComparisonLoader } from './services/supportComparison.service';
import { createTransitionLoader } from './services/transition.service';

/** Per-request loaders: each batches what one request tick asks for into one statement. */
function createLoaders(dataSource: DataSource) {
  return {
    ...createOutcomeLoaders(dataSource),
    highNeed: createHighNeedLoader(dataSource),
    equityTrend: createEquityTrendLoader(dataSource),
    outcomeGrouped: createOutcomeGroupedLoader(dataSource),
    resultYears: createResultYearsLoader(dataSource),
    supportComparison: createSupportComparisonLoader(dataSource),
    earlySignals: createEarlySignalLoader(dataSource),
    transition: createTransitionLoader(dataSource),
  };
}

/** Who asks and what they may read (RequestIdentity), and the request's own state. */
export interface OutcomesContext extends RequestIdentity {
  dataSource: DataSource;
  loaders: ReturnType<typeof createLoaders>;
}

/** A fresh context per request, so that DataLoader caches never outlive the request that filled them. */
export function contextFactory(dataSource: DataSource): (identity: RequestIdentity) => Promise<OutcomesContext> {
  return async (identity) => ({ ...identity, dataSource, loaders: createLoaders(dataSource) });
}
