import { beginScopedRequest } from '@lagesbild/subgraph-kit';
import type { DataSource } from 'typeorm';
import { contextFactory } from '../context';
import { buildWeeklyDigest, DIGEST_BUILDER, type DigestBuild } from './weeklyDigest.service';

/** The build may take as long as a mutation may (10 minutes): it reads every office's and county's figures. */
const BUILD_TIMEOUT_MS = 10 * 60_000;

/**
 * The scheduled build, run by the subgraph's start-of-day work (at start and each Swedish midnight): this week's
 * digest is built by the first day the platform runs in the week, once across replicas, in one transaction under
 * the builder's national scope.
 */
export async function runWeeklyDigestJob(dataSource: DataSource): Promise<DigestBuild> {
  const request = await beginScopedRequest(dataSource, DIGEST_BUILDER, BUILD_TIMEOUT_MS);
  try {
    const result = await buildWeeklyDigest(await contextFactory(request.dataSource)(DIGEST_BUILDER));
    await request.finish(true);
    return result;
  } catch (error) {
    await request.finish(false);
    throw error;
  }
}
