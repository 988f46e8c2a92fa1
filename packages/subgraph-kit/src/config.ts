import { databaseUrlVar, runtimeDatabaseUrlVar, subgraphEntry } from '@lagesbild/platform';

/** Settings of one subgraph process, read from the environment so that the same build runs anywhere. */
export interface SubgraphConfig {
  name: string;
  port: number;
  host: string;
  /** The tables' owner: migrations and demo seeding. */
  databaseUrl: string;
  /** The role the subgraph serves requests as: it owns nothing and row-level security applies to it. */
  runtimeDatabaseUrl: string;
  seedDemoData: boolean;
  /** Scale of the demo data set when it is seeded (1 is Sweden-sized). */
  demoScale: number;
  /** The secret the gateway signs each request with (SUBGRAPH_SIGNING_SECRET); unsigned requests are refused. */
  signingSecret: string;
}

export class ConfigError extends Error {}

export type FiguresSource = 'rollups' | 'live';

/**
 * FIGURES_FROM: where the default shapes of figures come from, `rollups` (the default) or `live`, a diagnostic
 * that computes every figure from the replicas and raw rows, to compare with what the rollups give.
 */
export function figuresSource(env = process.env): FiguresSource {
  const value = env.FIGURES_FROM ?? 'rollups';
  if (value !== 'rollups' && value !== 'live') {
    throw new ConfigError(`FIGURES_FROM must be "rollups" or "live", not "${value}".`);
  }
  return value;
}

function envFlag(value: string | undefined): boolean {
  return value !== undefined && ['1', 'true', 'yes'].includes(value.toLowerCase());
}

/**
 * The URL of the role that owns the subgraph's tables, all that migrating and seeding need. `<NAME>_DATABASE_URL`
 * (SCHOOLS_DATABASE_URL, …) wins over `DATABASE_URL`, so that one environment can hold the URLs of several subgraphs.
 */
export function readOwnerDatabaseUrl(name: string, env = process.env): string {
  const databaseUrl = env[databaseUrlVar(name)] ?? env.DATABASE_URL;
  if (!databaseUrl) {
    throw new ConfigError(
      `The ${name} subgraph needs a database: set DATABASE_URL or ${databaseUrlVar(name)} ` +
        `(postgres://user:password@host:5432/database), or start the whole platform with \`npm start\`.`,
    );
  }
  return databaseUrl;
}

export function readSubgraphConfig(name: string, env = process.env): SubgraphConfig {
  const databaseUrl = readOwnerDatabaseUrl(name, env);
  // The port in schema/supergraph.yaml unless PORT says otherwise.
  const port = Number(env.PORT ?? subgraphEntry(name).port);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new ConfigError(`PORT must be a port number, not "${env.PORT}".`);
  }
  const demoScale = Number(env.DEMO_SCALE ?? 1);
  if (!(demoScale > 0)) throw new ConfigError(`DEMO_SCALE must be a positive number, not "${env.DEMO_SCALE}".`);
  const runtimeDatabaseUrl = env[runtimeDatabaseUrlVar(name)] ?? env.RUNTIME_DATABASE_URL;
  if (!runtimeDatabaseUrl) {
    throw new ConfigError(
      `The ${name} subgraph serves requests as a database role under row-level security: set RUNTIME_DATABASE_URL ` +
        `or ${runtimeDatabaseUrlVar(name)} (a role that owns no table), or start the platform with \`npm start\`.`,
    );
  }
  // Checked at start, so that a mistyped value stops the subgraph rather than its first figure.
  figuresSource(env);
  const signingSecret = env.SUBGRAPH_SIGNING_SECRET;
  if (!signingSecret || signingSecret.length < 32) {
    throw new ConfigError(
      'SUBGRAPH_SIGNING_SECRET must hold a secret of at least 32 characters, the same one the gateway signs with.',
    );
  }
  return {
    name,
    port,
    signingSecret,
    runtimeDatabaseUrl,
    // Loopback by default: only the gateway should reach a subgraph.
    host: env.HOST ?? '127.0.0.1',
    databaseUrl,
    seedDemoData: envFlag(env.SEED_DEMO_DATA),
    demoScale,
  };
}
