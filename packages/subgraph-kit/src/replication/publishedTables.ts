import { DATA_VERSION_TABLE, publicationName, type Publisher } from '@lagesbild/platform';
import type { QueryRunner } from 'typeorm';

// The tables each subgraph publishes (issue #13), defined once: the publisher's migration creates them with these
// columns, and each subscriber's migration creates its replica with the same ones, as logical replication needs.
// Only dimensions go out, the few columns that figures group and filter by; never a pupil count or a result.

interface PublishedTable {
  columns: string;
  /** Who may read a replica row in a subscriber: the same county scope as the publisher's own rows. */
  readable: string | 'reference';
}

/** A row about a school unit is readable when the unit is, by the replica of the register. */
const REGISTERED_UNIT = 'EXISTS (SELECT 1 FROM schools.school_unit u WHERE u.id = school_id)';

export const PUBLISHED_TABLES: Record<Publisher, Record<string, PublishedTable>> = {
  schools: {
    // A school unit (skolenhet) as figures count it: its organiser, form, municipality, and socio-economic band.
    school_unit: {
      columns: `id uuid PRIMARY KEY,
        organiser_id uuid NOT NULL,
        organiser_type text NOT NULL,
        school_form text NOT NULL,
        municipality_code char(4) NOT NULL,
        socio_economic_band int`,
      readable: 'lagesbild_may_read(municipality_code)',
    },
  },
  offices: {
    // The office map: which office (samverkanskontor) covers each municipality, and its county.
    municipality_office: {
      columns: `municipality_code char(4) PRIMARY KEY,
        county_code char(2) NOT NULL,
        office_id text NOT NULL`,
      readable: 'reference',
    },
  },
  outcomes: {
    // Each unit's need: the fifth of its mean over its latest three years, nationally (1 = high need).
    school_need: {
      columns: `school_id uuid NOT NULL,
        indicator_code text NOT NULL,
        fifth int NOT NULL,
        PRIMARY KEY (school_id, indicator_code)`,
      readable: REGISTERED_UNIT,
    },
  },
  interventions: {
    // The first day of support (första insats) of each organiser as a whole (interventions naming no unit), and of
    // each unit an intervention names, by its organiser then. A unit's first support is the earlier of its own and
    // its organiser's: the subscriber joins them to its replica of the register.
    organiser_support: {
      columns: `organiser_id uuid PRIMARY KEY,
        first_support_on date NOT NULL`,
      readable: 'EXISTS (SELECT 1 FROM schools.school_unit u WHERE u.organiser_id = organiser_support.organiser_id)',
    },
    unit_support: {
      columns: `school_id uuid NOT NULL,
        organiser_id uuid NOT NULL,
        first_support_on date NOT NULL,
        PRIMARY KEY (school_id, organiser_id)`,
      readable: REGISTERED_UNIT,
    },
  },
};

const VERSION_COLUMNS = `id boolean PRIMARY KEY DEFAULT true CHECK (id),
  version bigint NOT NULL,
  changed_at timestamptz NOT NULL`;

async function createTables(queryRunner: QueryRunner, publisher: Publisher): Promise<void> {
  await queryRunner.query(`CREATE SCHEMA ${publisher}`);
  await queryRunner.query(`CREATE TABLE ${publisher}.${DATA_VERSION_TABLE} (${VERSION_COLUMNS})`);
  for (const [table, definition] of Object.entries(PUBLISHED_TABLES[publisher])) {
    await queryRunner.query(`CREATE TABLE ${publisher}.${table} (${definition.columns})`);
  }
}

/**
 * The publisher's side: the schema of what it publishes, its data version at 1, and the publication. `fill` is the
 * SQL that brings the tables up to date from the publisher's own (the same statements its writes run).
 */
export async function createPublication(queryRunner: QueryRunner, publisher: Publisher, fill: string[]) {
  await createTables(queryRunner, publisher);
  await queryRunner.query(`INSERT INTO ${publisher}.${DATA_VERSION_TABLE} (version, changed_at) VALUES (1, now())`);
  for (const statement of fill) await queryRunner.query(statement);
  const tables = [DATA_VERSION_TABLE, ...Object.keys(PUBLISHED_TABLES[publisher])].map((t) => `${publisher}.${t}`);
  await queryRunner.query(`CREATE PUBLICATION ${publicationName(publisher)} FOR TABLE ${tables.join(', ')}`);
}

/**
 * A subscriber's side: the same tables, empty until the subscription copies them in, read by the runtime under
 * the same county scope as the publisher's rows. Row-level security is enabled but not forced: the apply worker
 * writes as the tables' owner and refuses a table whose policies bind its owner, and the owner only ever writes
 * what the publisher sent. The subscription itself is made by provisioning (it needs the server's superuser),
 * after both sides have migrated.
 */
export async function createReplica(queryRunner: QueryRunner, publisher: Publisher): Promise<void> {
  await createTables(queryRunner, publisher);
  const readable: [string, string][] = [
    [DATA_VERSION_TABLE, 'true'],
    ...Object.entries(PUBLISHED_TABLES[publisher]).map(([table, definition]): [string, string] => [
      table,
      definition.readable === 'reference' ? 'true' : definition.readable,
    ]),
  ];
  for (const [table, using] of readable) {
    await queryRunner.query(`ALTER TABLE ${publisher}.${table} ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`CREATE POLICY in_scope ON ${publisher}.${table} FOR SELECT USING (${using})`);
  }
}

/**
 * SQL that makes a published table hold exactly the rows of `source` (a query with the table's columns), writing
 * only the rows that changed, so that replication ships the change and not the whole table.
 */
export function syncPublishedTableSql(
  table: string,
  key: readonly string[],
  columns: readonly string[],
  source: string,
) {
  const values = columns.filter((column) => !key.includes(column));
  const keyMatch = key.map((column) => `s.${column} = t.${column}`).join(' AND ');
  return `WITH source AS (${source}),
    written AS (
      INSERT INTO ${table} AS t (${columns.join(', ')}) SELECT ${columns.join(', ')} FROM source
      ON CONFLICT (${key.join(', ')}) DO UPDATE SET ${values.map((c) => `${c} = EXCLUDED.${c}`).join(', ')}
      WHERE (${values.map((c) => `t.${c}`).join(', ')}) IS DISTINCT FROM (${values.map((c) => `EXCLUDED.${c}`).join(', ')})
    )
    DELETE FROM ${table} t WHERE NOT EXISTS (SELECT 1 FROM source s WHERE ${keyMatch})`;
}

/**
 * PL/pgSQL: leaves a row trigger at once when it already ran in this transaction, so that a deferred trigger
 * fired for every row written does its work once per transaction. `mark` names the setting that remembers it.
 */
export const oncePerTransactionSql = (mark: string) =>
  `IF current_setting('lagesbild.${mark}', true) = txid_current()::text THEN RETURN NULL; END IF;
        PERFORM set_config('lagesbild.${mark}', txid_current()::text, true);`;

/** SQL: the publisher's next data version, in the transaction of the write that makes it. */
export const bumpDataVersionSql = (publisher: Publisher) =>
  `UPDATE ${publisher}.${DATA_VERSION_TABLE} SET version = version + 1, changed_at = now()`;
