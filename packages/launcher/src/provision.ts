import { databaseName, runtimeRoleName } from '@lagesbild/platform';
import { Client } from 'pg';

export interface ProvisionedUrls {
  /** The role that owns the subgraph's tables: migrations and seeding. */
  owner: string;
  /** The role the subgraph serves requests as: it owns nothing, and row-level security applies to it. */
  runtime: string;
}

type AdminClient = Client & { escapeIdentifier(s: string): string; escapeLiteral(s: string): string };

/** Creates a login role, or sets its password again; it may not bypass row-level security. */
async function upsertRole(admin: AdminClient, name: string, password: string): Promise<void> {
  const { rowCount } = await admin.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [name]);
  await admin.query(
    `${rowCount ? 'ALTER' : 'CREATE'} ROLE ${admin.escapeIdentifier(name)} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE ` +
      `NOBYPASSRLS PASSWORD ${admin.escapeLiteral(password)}`,
  );
}

/**
 * Gives each subgraph its own database and two login roles on a PostgreSQL server: the owner of its tables, and a
 * runtime role that serves requests under row-level security. No subgraph can read another's tables. Idempotent:
 * existing roles get their passwords set again, an existing database is kept. `rolePasswords` holds the owner's
 * password under the subgraph's name and the runtime role's under "<name>:runtime".
 */
export async function provisionDatabases(
  adminUrl: string,
  rolePasswords: Record<string, string>,
): Promise<Record<string, ProvisionedUrls>> {
  const admin = new Client({ connectionString: adminUrl }) as AdminClient;
  await admin.connect();
  try {
    const urls: Record<string, ProvisionedUrls> = {};
    const subgraphs = Object.keys(rolePasswords).filter((key) => !key.endsWith(':runtime'));
    for (const subgraph of subgraphs) {
      const name = databaseName(subgraph);
      const runtime = runtimeRoleName(subgraph);
      await upsertRole(admin, name, rolePasswords[subgraph]);
      await upsertRole(admin, runtime, rolePasswords[`${subgraph}:runtime`]);
      const { rowCount: dbExists } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
      if (!dbExists)
        await admin.query(
          `CREATE DATABASE ${admin.escapeIdentifier(name)} OWNER ${admin.escapeIdentifier(name)} ENCODING 'UTF8'`,
        );
      // Only the subgraph's own roles may connect to its database.
      await admin.query(`REVOKE ALL ON DATABASE ${admin.escapeIdentifier(name)} FROM PUBLIC`);
      await admin.query(
        `GRANT CONNECT ON DATABASE ${admin.escapeIdentifier(name)} TO ${admin.escapeIdentifier(runtime)}`,
      );
      const urlFor = (role: string, password: string) => {
        const url = new URL(adminUrl);
        url.username = role;
        url.password = password;
        url.pathname = `/${name}`;
        return url.toString();
      };
      urls[subgraph] = {
        owner: urlFor(name, rolePasswords[subgraph]),
        runtime: urlFor(runtime, rolePasswords[`${subgraph}:runtime`]),
      };
    }
    return urls;
  } finally {
    await admin.end();
  }
}
