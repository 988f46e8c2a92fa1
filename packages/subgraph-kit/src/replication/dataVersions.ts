import { DATA_VERSION_TABLE, PUBLISHED_TABLES, type Publisher } from '@lagesbild/platform';
import { Directive, Field, Int, ObjectType } from 'type-graphql';

// Staleness is visible (issue #13): every figure says which version of each subgraph's data it was computed from.
// Each publisher bumps its one-row data_version in the transaction of every import or write, and a subscriber's
// replica of that row arrives in the same transaction as the rows it came with. A figure subgraph holds its own
// version and a replica of every other's, so one read gives all four.

const DESCRIPTION =
  'The data versions a figure was computed from (dataversioner): for each subgraph, the version of its data as this figure saw it. Every import or write starts a new version of the subgraph it goes to, so a figure that does not yet show an import has a lower version than the import reports.';

@ObjectType({ description: DESCRIPTION })
@Directive('@shareable')
export class DataVersions {
  @Field(() => Int, { description: 'Offices, counties and municipalities, with the office map.' })
  offices: number;

  @Field(() => Int, { description: 'The register of organisers and school units.' })
  schools: number;

  @Field(() => Int, { description: 'Interventions and their follow-ups.' })
  interventions: number;

  @Field(() => Int, { description: 'Outcome values and the need classification.' })
  outcomes: number;
}

const PUBLISHERS = Object.keys(PUBLISHED_TABLES) as Publisher[];

/** SQL: one row, one column per publisher, holding this database's copy of that publisher's data version. */
export const dataVersionsSql = (publishers: readonly Publisher[]): string =>
  `SELECT ${publishers
    .map((publisher) => `(SELECT version::int FROM ${publisher}.${DATA_VERSION_TABLE}) AS ${publisher}`)
    .join(', ')}`;

const DATA_VERSIONS_SQL = dataVersionsSql(PUBLISHERS);

/**
 * The versions now: read just before a figure's statement, so the figure is of these versions or newer ones (a
 * write committed between the two reads shows in the figure a version early, never late).
 */
export async function readDataVersions(db: { query(sql: string): Promise<unknown[]> }): Promise<DataVersions> {
  const [row] = (await db.query(DATA_VERSIONS_SQL)) as Record<Publisher, number | null>[];
  // A replica not yet copied has no row: version 0, older than any publisher's.
  return {
    offices: row.offices ?? 0,
    schools: row.schools ?? 0,
    interventions: row.interventions ?? 0,
    outcomes: row.outcomes ?? 0,
  };
}
