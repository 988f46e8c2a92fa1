import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface PlatformSecrets {
  /** The embedded PostgreSQL's superuser password. */
  adminPassword: string;
  /** Login password of each subgraph's database roles: the owner by subgraph name, the runtime role as "<name>:runtime". */
  rolePasswords: Record<string, string>;
  /** The secret the gateway signs subgraph requests with, and the subgraphs check (issue #5, a trusted gateway). */
  subgraphSigningSecret: string;
  /** The password the subscriptions log in to the publishers with (issue #13). */
  replicationPassword: string;
}

const secret = () => randomBytes(24).toString('base64url');

/**
 * Secrets are generated on first start and kept in the data folder (readable by its owner only), so that no
 * password is written in the repository and each installation has its own.
 */
export function loadSecrets(dataDir: string, subgraphs: string[]): PlatformSecrets {
  const file = path.join(dataDir, 'secrets.json');
  const stored: Partial<PlatformSecrets> = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  const secrets: PlatformSecrets = {
    adminPassword: stored.adminPassword ?? secret(),
    // Passwords of roles not asked for this time are kept: a run with one external database must not forget them.
    rolePasswords: {
      ...stored.rolePasswords,
      ...Object.fromEntries(
        subgraphs
          .flatMap((name) => [name, `${name}:runtime`])
          .map((key) => [key, stored.rolePasswords?.[key] ?? secret()]),
      ),
    },
    subgraphSigningSecret: stored.subgraphSigningSecret ?? randomBytes(32).toString('base64url'),
    replicationPassword: stored.replicationPassword ?? secret(),
  };
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}
