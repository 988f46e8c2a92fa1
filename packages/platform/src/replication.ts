// Which subgraph publishes which of its facts to which others, by PostgreSQL logical replication (issue #13). A
// subgraph that computes figures keeps a read-only replica of the dimensions it groups by, in its own database, so
// that no figure needs another service's rows shipped through the gateway. The replica is written only by the
// subscription's apply worker; the publisher stays the only writer of the facts.
//
// Each publisher keeps what it publishes in a schema named after itself (`schools.school_unit`), and the replica in
// a subscriber's database has the same schema and table names, as logical replication requires.

/** The tables each subgraph publishes, besides its `data_version`. */
export const PUBLISHED_TABLES = {
  schools: ['school_unit'],
  offices: ['municipality_office'],
  outcomes: ['school_need'],
  interventions: ['organiser_support', 'unit_support'],
} as const;

export type Publisher = keyof typeof PUBLISHED_TABLES;

/** Who subscribes to whom. */
export const SUBSCRIPTIONS: Readonly<Record<string, readonly Publisher[]>> = {
  interventions: ['schools', 'offices', 'outcomes'],
  outcomes: ['schools', 'offices', 'interventions'],
};

/** The one-row table every publisher bumps in the same transaction as each write (issue #13: staleness is visible). */
export const DATA_VERSION_TABLE = 'data_version';

export const publicationName = (publisher: string): string => `lagesbild_${publisher}`;

/**
 * One name for a subscription and its slot on the publisher, after the subscriber's database, since slot names are
 * the whole server's: `lagesbild_outcomes_from_schools` for the database `lagesbild_outcomes`.
 */
export const subscriptionName = (subscriberDatabase: string, publisher: string): string =>
  `${subscriberDatabase.toLowerCase().replace(/[^a-z0-9_]/g, '_')}_from_${publisher}`;

/** The login role the subscriptions connect to the publishers as: it may replicate and read what is published. */
export const REPLICATION_ROLE = 'lagesbild_replication';

/** Every (subscriber, publisher) pair. */
export function subscriptionPairs(): { subscriber: string; publisher: Publisher }[] {
  return Object.entries(SUBSCRIPTIONS).flatMap(([subscriber, publishers]) =>
    publishers.map((publisher) => ({ subscriber, publisher })),
  );
}
