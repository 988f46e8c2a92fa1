import {
  databaseName,
  DATA_VERSION_TABLE,
  publicationName,
  PUBLISHED_TABLES,
  REPLICATION_ROLE,
  subscriptionName,
  subscriptionPairs,
  type Publisher,
} from '@lagesbild/platform';
import { Client } from 'pg';

// The subscriptions that keep each figure subgraph's replicas in step with their publishers (issue #13), made by
// the server's superuser once every subgraph has migrated (the publications and the replica tables exist then).
// The same SQL serves the embedded PostgreSQL, docker-compose's provisioning and an external server.

type AdminClient = Client & { escapeIdentifier(s: string): string; escapeLiteral(s: string): string };

const urlOfDatabase = (adminUrl: string, database: string) => {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
};

async function withClient<T>(url: string, work: (client: AdminClient) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url }) as AdminClient;
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** How a subscription reaches its publisher: the server connects to itself, as the replication role. */
function publisherConnection(adminUrl: string, database: string, password: string, host?: string): string {
  const url = new URL(adminUrl);
  const quote = (value: string) => `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  return [
    `host=${quote(host ?? url.hostname)}`,
    `port=${url.port || '5432'}`,
    `dbname=${quote(database)}`,
    `user=${quote(REPLICATION_ROLE)}`,
    `password=${quote(password)}`,
  ].join(' ');
}

/** Each subgraph's database on the server, by subgraph name; `lagesbild_<name>` where not given. */
export type SubgraphDatabases = Readonly<Record<string, string>>;

const databaseOf = (databases: SubgraphDatabases, subgraph: string) => databases[subgraph] ?? databaseName(subgraph);

/** The database a connection URL names. */
export const databaseOfUrl = (url: string): string => decodeURIComponent(new URL(url).pathname.slice(1));

export interface ReplicationOptions {
  /** The replication role's password; kept with the platform's other secrets. */
  password: string;
  /** The host the server reaches itself by, when not the admin URL's (REPLICATION_HOST). */
  host?: string;
  databases?: SubgraphDatabases;
}

/**
 * Makes every subscription that is missing, idempotently: the replication role, its right to read what each
 * publisher publishes, the slot on the publisher (made first and apart: made inside CREATE SUBSCRIPTION, it waits
 * for that very transaction when both databases are in one cluster, and hangs), then the subscription, which copies
 * the tables and streams every later change. One provisioner at a time, under an advisory lock.
 */
export async function provisionReplication(adminUrl: string, options: ReplicationOptions): Promise<void> {
  await withClient(adminUrl, async (admin) => {
    await admin.query(`SELECT pg_advisory_lock(hashtext('lagesbild:replication'))`);
    try {
      const role = admin.escapeIdentifier(REPLICATION_ROLE);
      const { rowCount } = await admin.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [REPLICATION_ROLE]);
      await admin.query(
        `${rowCount ? 'ALTER' : 'CREATE'} ROLE ${role} LOGIN REPLICATION NOSUPERUSER NOCREATEDB NOCREATEROLE ` +
          `PASSWORD ${admin.escapeLiteral(options.password)}`,
      );
      const databases = options.databases ?? {};
      for (const publisher of Object.keys(PUBLISHED_TABLES) as Publisher[]) {
        const database = databaseOf(databases, publisher);
        await admin.query(`GRANT CONNECT ON DATABASE ${admin.escapeIdentifier(database)} TO ${role}`);
        await withClient(urlOfDatabase(adminUrl, database), async (client) => {
          await client.query(`GRANT USAGE ON SCHEMA ${publisher} TO ${role}`);
          await client.query(`GRANT SELECT ON ALL TABLES IN SCHEMA ${publisher} TO ${role}`);
        });
      }
      for (const { subscriber, publisher } of subscriptionPairs()) {
        const name = subscriptionName(databaseOf(databases, subscriber), publisher);
        const { rowCount: slotExists } = await admin.query('SELECT 1 FROM pg_replication_slots WHERE slot_name = $1', [
          name,
        ]);
        if (!slotExists) {
          await withClient(urlOfDatabase(adminUrl, databaseOf(databases, publisher)), (client) =>
            client.query(`SELECT pg_create_logical_replication_slot($1, 'pgoutput')`, [name]),
          );
        }
        const connection = admin.escapeLiteral(
          publisherConnection(adminUrl, databaseOf(databases, publisher), options.password, options.host),
        );
        await withClient(urlOfDatabase(adminUrl, databaseOf(databases, subscriber)), async (client) => {
          const { rowCount: exists } = await client.query(
            'SELECT 1 FROM pg_subscription WHERE subname = $1 AND subdbid = (SELECT oid FROM pg_database WHERE datname = current_database())',
            [name],
          );
          if (exists) {
            // The password may have been set anew above.
            await client.query(`ALTER SUBSCRIPTION ${name} CONNECTION ${connection}`);
          } else {
            // Made disabled, so that no worker starts before it has its owner.
            await client.query(
              `CREATE SUBSCRIPTION ${name} CONNECTION ${connection} PUBLICATION ${publicationName(publisher)} ` +
                `WITH (create_slot = false, slot_name = '${name}', enabled = false)`,
            );
          }
          // The subscription belongs to the role that owns the replicas (the subscriber's migrations made them): its workers then
          // apply changes as that role itself, not in a restricted switch to it, so that the rollup triggers on
          // the replicas may defer their work to commit as every other writer's do.
          const { rows } = await client.query(
            `SELECT pg_get_userbyid(c.relowner) AS owner FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE n.nspname = $1 AND c.relname = $2`,
            [publisher, DATA_VERSION_TABLE],
          );
          const owner = client.escapeIdentifier(rows[0].owner);
          await client.query(`GRANT pg_create_subscription TO ${owner}`);
          await client.query(`ALTER SUBSCRIPTION ${name} OWNER TO ${owner}`);
          await client.query(`ALTER SUBSCRIPTION ${name} ENABLE`);
        });
      }
    } finally {
      await admin.query(`SELECT pg_advisory_unlock(hashtext('lagesbild:replication'))`);
    }
  });
}

async function dataVersion(url: string, publisher: string): Promise<number | null> {
  return withClient(url, async (client) => {
    const { rows } = await client.query(`SELECT version::int AS version FROM ${publisher}.${DATA_VERSION_TABLE}`);
    return rows[0]?.version ?? null;
  });
}

/**
 * Whether the subscription has copied every table it replicates: each table's first copy runs apart from the
 * others, so the version table can be in step while a large table is still being copied.
 */
async function tablesCopied(url: string, subscriber: string, publisher: string, databases: SubgraphDatabases) {
  return withClient(url, async (client) => {
    const { rows } = await client.query(
      `SELECT count(*)::int AS copying FROM pg_subscription_rel r JOIN pg_subscription s ON s.oid = r.srsubid
       WHERE s.subname = $1 AND r.srsubstate NOT IN ('r', 's')`,
      [subscriptionName(databaseOf(databases, subscriber), publisher)],
    );
    return rows[0].copying === 0;
  });
}

/** A publisher's data version now. */
export const publishedVersion = (adminUrl: string, publisher: string, databases: SubgraphDatabases = {}) =>
  dataVersion(urlOfDatabase(adminUrl, databaseOf(databases, publisher)), publisher);

/**
 * Waits until the subscriber's replica of the publisher has reached `version` (by default the publisher's version
 * now): the replica's own copy of the version table says so, in the same transaction as the rows it came with.
 * Polls, with a clear error naming the subscription when it does not get there.
 */
export async function waitForReplica(
  adminUrl: string,
  subscriber: string,
  publisher: string,
  options: { version?: number; databases?: SubgraphDatabases; timeoutMs?: number } = {},
): Promise<number> {
  const { databases = {}, timeoutMs = 60_000 } = options;
  const target = options.version ?? (await publishedVersion(adminUrl, publisher, databases)) ?? 1;
  const subscriberUrl = urlOfDatabase(adminUrl, databaseOf(databases, subscriber));
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const reached = await dataVersion(subscriberUrl, publisher);
    if (
      reached !== null &&
      reached >= target &&
      (await tablesCopied(subscriberUrl, subscriber, publisher, databases))
    ) {
      return reached;
    }
    if (Date.now() > deadline) {
      throw new Error(
        `The ${subscriber} subgraph's replica of ${publisher} is at data version ${reached ?? 'none'} (wanted ${target}) or still copying its tables, ` +
          `after ${timeoutMs / 1000} s. Check the subscription ${subscriptionName(databaseOf(databases, subscriber), publisher)} ` +
          '(pg_stat_subscription) and the PostgreSQL log.',
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Waits until every replica has caught up with its publisher's version now. */
export async function waitForReplicas(adminUrl: string, databases: SubgraphDatabases = {}): Promise<void> {
  await Promise.all(
    subscriptionPairs().map(({ subscriber, publisher }) =>
      waitForReplica(adminUrl, subscriber, publisher, { databases }),
    ),
  );
}
