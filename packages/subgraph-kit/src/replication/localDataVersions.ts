import { PUBLISHED_TABLES, SUBSCRIPTIONS, type Publisher } from '@lagesbild/platform';
import { dataVersionsSql } from './dataVersions';

/** The publishers whose data version this subgraph's database holds: its own, and a replica of each it subscribes to. */
export function localPublishers(subgraph: string): Publisher[] {
  const own = subgraph in PUBLISHED_TABLES ? [subgraph as Publisher] : [];
  return [...own, ...(SUBSCRIPTIONS[subgraph] ?? [])];
}

/**
 * The data versions as this subgraph's database holds them now, for GET /data-versions. The gateway's response
 * cache keys answers by them (gateway/src/responseCache/), so that an answer is never served from data that has
 * changed since, and no answer is cached while a replica is behind its publisher. One statement, outside any
 * request's scope: the version rows are readable by every scope.
 */
export async function readLocalDataVersions(
  db: { query(sql: string): Promise<unknown[]> },
  subgraph: string,
): Promise<Partial<Record<Publisher, number>>> {
  const publishers = localPublishers(subgraph);
  if (publishers.length === 0) return {};
  const [row] = (await db.query(dataVersionsSql(publishers))) as Record<Publisher, number | null>[];
  // A replica not yet copied has no row: version 0, older than any publisher's.
  return Object.fromEntries(publishers.map((publisher) => [publisher, row[publisher] ?? 0]));
}
