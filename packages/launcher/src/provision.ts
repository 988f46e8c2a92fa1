import { databaseName } from '@lagesbild/platform';
import { Client } from 'pg';

/**
 * Gives each subgraph its own database and login role on a PostgreSQL server, so that no subgraph can read
 * another's tables. Idempotent: an existing role gets its password set again, an existing database is kept.
 * Returns each subgraph's database URL.
 */
export async function provisionDatabases(
  adminUrl: string,
  rolePasswords: Record<string, string>,
): Promise<Record<string, string>> {
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    const urls: Record<string, string> = {};
    for (const [subgraph, password] of Object.entries(rolePasswords)) {
      const name = databaseName(subgraph);
      const client = admin as Client & { escapeIdentifier(s: string): string; escapeLiteral(s: string): string };
      const role = client.escapeIdentifier(name);
      const { rowCount: roleExists } = await admin.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [name]);
      await admin.query(
        `${roleExists ? 'ALTER' : 'CREATE'} ROLE ${role} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD ${client.escapeLiteral(password)}`,
      );
      const { rowCount: dbExists } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
      if (!dbExists) await admin.query(`CREATE DATABASE ${role} OWNER ${role} ENCODING 'UTF8'`);
      // Only the subgraph's own role may connect to its database.
      await admin.query(`REVOKE ALL ON DATABASE ${role} FROM PUBLIC`);
      const url = new URL(adminUrl);
      url.username = name;
      url.password = password;
      url.pathname = `/${name}`;
      urls[subgraph] = url.toString();
    }
    return urls;
  } finally {
    await admin.end();
  }
}
