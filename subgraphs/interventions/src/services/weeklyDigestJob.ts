import { beginScopedRequest, readLocalDataVersions } from '@lagesbild/subgraph-kit';
import type { DataSource } from 'typeorm';
import { contextFactory } from '../context';
import { SUBGRAPH } from '../data-source';
import { readDigestMailConfig, recordDigestMailings, scheduleDigestMail, type DigestMailConfig } from './digestMail';
import { buildWeeklyDigest, DIGEST_BUILDER, type DigestBuild } from './weeklyDigest.service';

/** The build may take as long as a mutation may (10 minutes): it reads every office's and county's figures. */
const BUILD_TIMEOUT_MS = 10 * 60_000;
/** How often a build waiting for the replicas' first copy looks again, and for how long. */
const REPLICA_WAIT_MS = 30_000;
const REPLICA_WAIT_TRIES = 120;

/**
 * Builds this week's digest in one transaction under the builder's national scope, unless it was built, with the
 * mails it is to be sent (recordDigestMailings); they are sent after it commits (scheduleDigestMail).
 */
export async function runWeeklyDigestJob(
  dataSource: DataSource,
  mailConfig: DigestMailConfig | null = readDigestMailConfig(),
): Promise<DigestBuild> {
  const request = await beginScopedRequest(dataSource, DIGEST_BUILDER, BUILD_TIMEOUT_MS);
  try {
    const result = await buildWeeklyDigest(await contextFactory(request.dataSource)(DIGEST_BUILDER));
    // Once: a week already built records no mail.
    if (result.built) await recordDigestMailings(request.dataSource, result.weekStart, mailConfig);
    await request.finish(true);
    return result;
  } catch (error) {
    await request.finish(false);
    throw error;
  }
}

/**
 * The scheduled build, started by the subgraph's start-of-day work (at start and each Swedish midnight) without
 * holding it up: this week's digest is built by the first day the platform runs in the week, once across replicas.
 * A database whose replicas have not had their first copy (a first start: the subscriptions come after the
 * subgraphs) would build a digest of nothing and take the week, so the build waits for them.
 */
export function scheduleWeeklyDigest(dataSource: DataSource, onError: (error: unknown) => void): void {
  let tries = 0;
  const attempt = async () => {
    try {
      const versions = await readLocalDataVersions(dataSource, SUBGRAPH);
      const copied = Object.entries(versions).every(([publisher, version]) => publisher === SUBGRAPH || version > 0);
      if (!copied) {
        if (++tries < REPLICA_WAIT_TRIES) setTimeout(() => void attempt(), REPLICA_WAIT_MS).unref();
        return;
      }
      await runWeeklyDigestJob(dataSource);
      scheduleDigestMail(dataSource);
    } catch (error) {
      // A subgraph stopping meanwhile ends its data source; the next day's run tries again.
      if (dataSource.isInitialized) onError(error);
    }
  };
  void attempt();
}
