import { provisionReplication, waitForReplicas } from './replication';

// `node packages/launcher/dist/replicateCommand.js`: makes the replication subscriptions on a PostgreSQL server of
// our own (docker-compose's `replication` job, or an operator's), once every subgraph has migrated. `npm start`
// does the same by itself. Idempotent: run it again after a restore or a password change.
//   DATABASE_URL          a superuser's URL on the server (subscriptions need one)
//   REPLICATION_PASSWORD  the password of the replication role it creates or updates
//   REPLICATION_HOST      the host the server reaches itself by, when not DATABASE_URL's

async function main(): Promise<void> {
  const adminUrl = process.env.DATABASE_URL;
  const password = process.env.REPLICATION_PASSWORD;
  if (!adminUrl || !password) throw new Error('Set DATABASE_URL (a superuser on the server) and REPLICATION_PASSWORD.');
  await provisionReplication(adminUrl, { password, host: process.env.REPLICATION_HOST });
  await waitForReplicas(adminUrl);
  console.log('Replication: every subscription exists and every replica has caught up with its publisher.');
}

main().catch((error: unknown) => {
  console.error(`Replication could not be provisioned: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
