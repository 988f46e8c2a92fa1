import { DATA_VERSION_TABLE } from '@lagesbild/platform';
import type { DataSource } from 'typeorm';

/**
 * Lets the runtime role read and write the subgraph's tables (RLS decides which rows) and nothing more: no
 * ownership, no materialized views (only the views over them), and it must not be a superuser or bypass RLS,
 * or the backstop would not hold. Run by the owner after every migration, so that new tables are covered.
 */
export async function grantRuntimeRole(owner: DataSource, runtimeRole: string): Promise<void> {
  const [role] = await owner.query('SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = $1', [runtimeRole]);
  if (!role) throw new Error(`The runtime database role ${runtimeRole} does not exist; provision it first.`);
  if (role.rolsuper || role.rolbypassrls) {
    throw new Error(
      `The runtime database role ${runtimeRole} is a superuser or bypasses row-level security; it must not.`,
    );
  }
  const ownerRole = ((await owner.query('SELECT current_user AS name'))[0] as { name: string }).name;
  if (ownerRole === runtimeRole) throw new Error('The runtime must connect as another role than the tables’ owner.');
  const quoted = `"${runtimeRole.replace(/"/g, '""')}"`;
  await owner.query(`GRANT USAGE ON SCHEMA public TO ${quoted}`);
  await owner.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${quoted}`);
  await owner.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${quoted}`);
  // GRANT … ON ALL TABLES covers materialized views and unprotected tables (TypeORM's `migrations`) too. Neither
  // carries policies, so the grant is taken back: the runtime reaches only what row-level security guards, and
  // the views over materialized views.
  const unguarded: { name: string }[] = await owner.query(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'public' AND (c.relkind = 'm' OR (c.relkind IN ('r', 'p') AND NOT c.relforcerowsecurity))`,
  );
  for (const { name } of unguarded) await owner.query(`REVOKE ALL ON "${name}" FROM ${quoted}`);
  // The replicas of what other subgraphs publish (issue #13), in schemas named after them: read only, and only
  // their tables under row-level security (enabled, not forced; see createReplica). A publisher's own published schema has none, so it gets nothing.
  const replicas: { schema: string; name: string }[] = await owner.query(
    `SELECT n.nspname AS schema, c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname NOT IN ('public', 'pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_%'
       AND c.relkind = 'r' AND c.relrowsecurity`,
  );
  for (const { schema, name } of replicas) {
    await owner.query(`GRANT USAGE ON SCHEMA "${schema}" TO ${quoted}`);
    await owner.query(`GRANT SELECT ON "${schema}"."${name}" TO ${quoted}`);
  }
  // Every data version, the subgraph's own as publisher too: one number per subgraph, which figures report.
  const versions: { schema: string }[] = await owner.query(
    `SELECT n.nspname AS schema FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE c.relname = $1 AND c.relkind = 'r' AND n.nspname <> 'public'`,
    [DATA_VERSION_TABLE],
  );
  for (const { schema } of versions) {
    await owner.query(`GRANT USAGE ON SCHEMA "${schema}" TO ${quoted}`);
    await owner.query(`GRANT SELECT ON "${schema}"."${DATA_VERSION_TABLE}" TO ${quoted}`);
  }
}
