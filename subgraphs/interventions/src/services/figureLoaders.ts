import type { DataSource } from 'typeorm';
import { createCoverageLoader, createWorkListLoader } from './coverage.service';
import { createFollowUpStatusLoader } from './followUpFigures.service';
import type { InterventionLoaders } from './intervention.service';
import { createInterventionCountsLoader } from './interventionCounts.service';
import { createOverdueLoader } from './overdueFollowUps.service';

/**
 * Per-request loaders of the area figures (issue #4): each kind of figure is one statement per request tick, for
 * every area, period and group a query asks about, so 21 counties cost what 2 do.
 */
export function createFigureLoaders(dataSource: DataSource, today: string, loaders: InterventionLoaders) {
  return {
    coverage: createCoverageLoader(dataSource, today),
    workList: createWorkListLoader(dataSource),
    followUpStatus: createFollowUpStatusLoader(dataSource, today),
    interventionCounts: createInterventionCountsLoader(dataSource, today),
    overdue: createOverdueLoader(dataSource, today, loaders),
  };
}

export type FigureLoaders = ReturnType<typeof createFigureLoaders>;
