import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { sampleLatency, type SamplingLimits } from './latency';
import { summarize } from './percentiles';
import type { FloorSummary } from './results';

/**
 * The SQL floor of an operation: hand-written SQL that computes the operation's figures straight in the subgraphs'
 * databases, one statement per database, in bench/sql/<Operation>/<subgraph>.sql. What the platform costs above it
 * is the price of GraphQL, federation and the services.
 *
 * A statement takes its parameters from a header line each:
 *   -- bench: $1 = var.county           the operation's default value of $county (var.period.from: a field of it)
 *   -- bench: $2 = schools.id           every value of the column "id" in schools.sql's answer, as an array
 * so a database that needs another's keys (as a subgraph's _entities needs them) runs after it.
 */
export const SQL_DIR = path.resolve(__dirname, '..', 'sql');

export type ParameterSource = { kind: 'variable'; name: string } | { kind: 'column'; subgraph: string; column: string };

export interface FloorStatement {
  subgraph: string;
  sql: string;
  /** $1, $2, … in order. */
  parameters: ParameterSource[];
}

const PARAMETER_LINE = /^--\s*bench:\s*\$(\d+)\s*=\s*(?:var\.(\w+(?:\.\w+)*)|(\w+)\.(\w+))\s*$/;

export function parseFloorStatement(subgraph: string, text: string): FloorStatement {
  const parameters: ParameterSource[] = [];
  for (const line of text.split('\n')) {
    if (!/^--\s*bench:/.test(line.trim())) continue;
    const match = PARAMETER_LINE.exec(line.trim());
    if (!match)
      throw new Error(
        `${subgraph}.sql: cannot read "${line.trim()}"; write "-- bench: $1 = var.name" or "-- bench: $1 = subgraph.column".`,
      );
    const position = Number(match[1]);
    if (parameters[position - 1]) throw new Error(`${subgraph}.sql: $${position} is given twice.`);
    parameters[position - 1] = match[2]
      ? { kind: 'variable', name: match[2] }
      : { kind: 'column', subgraph: match[3], column: match[4] };
  }
  for (let i = 0; i < parameters.length; i++) {
    if (!parameters[i]) throw new Error(`${subgraph}.sql: $${i + 1} has no "-- bench:" line.`);
  }
  return { subgraph, sql: text, parameters };
}

/** The statements in an order where each runs after those whose answers it takes parameters from. */
export function orderStatements(statements: FloorStatement[]): FloorStatement[] {
  const ordered: FloorStatement[] = [];
  const pending = [...statements].sort((a, b) => a.subgraph.localeCompare(b.subgraph));
  while (pending.length > 0) {
    const ready = pending.findIndex((statement) =>
      statement.parameters.every(
        (source) => source.kind === 'variable' || ordered.some((done) => done.subgraph === source.subgraph),
      ),
    );
    if (ready === -1) {
      const names = pending.map((statement) => `${statement.subgraph}.sql`).join(', ');
      throw new Error(`${names} take parameters from each other, or from a database without a .sql file.`);
    }
    ordered.push(...pending.splice(ready, 1));
  }
  return ordered;
}

/** An operation's floor statements, or undefined when it has none (its floor is reported as n/a). */
export function loadFloor(
  operation: string,
  subgraphs: readonly string[],
  dir = SQL_DIR,
): FloorStatement[] | undefined {
  const folder = path.join(dir, operation);
  if (!existsSync(folder)) return undefined;
  const files = readdirSync(folder).filter((file) => file.endsWith('.sql'));
  if (files.length === 0) return undefined;
  const statements = files.map((file) => {
    const subgraph = path.basename(file, '.sql');
    if (!subgraphs.includes(subgraph))
      throw new Error(`bench/sql/${operation}/${file}: there is no ${subgraph} subgraph (${subgraphs.join(', ')}).`);
    return parseFloorStatement(subgraph, readFileSync(path.join(folder, file), 'utf8'));
  });
  return orderStatements(statements);
}

/** One connection per subgraph database, as the subgraph's own role: the floor reads only what the subgraph may. */
export class FloorDatabases {
  private readonly clients = new Map<string, Client>();

  constructor(private readonly urls: Record<string, string>) {}

  async client(subgraph: string): Promise<Client> {
    let client = this.clients.get(subgraph);
    if (!client) {
      client = new Client({ connectionString: this.urls[subgraph] });
      await client.connect();
      this.clients.set(subgraph, client);
    }
    return client;
  }

  async close(): Promise<void> {
    await Promise.all([...this.clients.values()].map((client) => client.end()));
    this.clients.clear();
  }
}

export interface FloorRun {
  totalMs: number;
  perDatabaseMs: Record<string, number>;
  rows: Record<string, number>;
}

/** Runs an operation's statements one after another, each timed on its own; the floor is their sum. */
export async function runFloorOnce(
  statements: FloorStatement[],
  variables: Record<string, unknown>,
  databases: FloorDatabases,
): Promise<FloorRun> {
  const answers: Record<string, Record<string, unknown>[]> = {};
  const perDatabaseMs: Record<string, number> = {};
  const rows: Record<string, number> = {};
  for (const statement of statements) {
    const values = statement.parameters.map((source) => {
      if (source.kind === 'variable') {
        const value = source.name
          .split('.')
          .reduce<unknown>((object, key) => (object as Record<string, unknown> | undefined)?.[key], variables);
        if (value === undefined) throw new Error(`${statement.subgraph}.sql: $${source.name} has no default value.`);
        return value;
      }
      const rows = answers[source.subgraph];
      if (rows.length > 0 && !(source.column in rows[0]))
        throw new Error(`${statement.subgraph}.sql: ${source.subgraph}.sql answers no column "${source.column}".`);
      // Nulls stay in, so that the arrays taken from one answer's columns stay aligned row by row.
      return rows.map((row) => row[source.column]);
    });
    const client = await databases.client(statement.subgraph);
    const started = performance.now();
    const result = await client.query(statement.sql, values);
    perDatabaseMs[statement.subgraph] = performance.now() - started;
    answers[statement.subgraph] = result.rows;
    rows[statement.subgraph] = result.rowCount ?? result.rows.length;
  }
  return { totalMs: Object.values(perDatabaseMs).reduce((sum, ms) => sum + ms, 0), perDatabaseMs, rows };
}

/** The floor's latency: runs the statements again and again, each run's time the sum of its databases' times. */
export async function measureFloor(
  statements: FloorStatement[],
  variables: Record<string, unknown>,
  databases: FloorDatabases,
  limits: SamplingLimits,
): Promise<FloorSummary> {
  const runs: FloorRun[] = [];
  const samples = await sampleLatency(async () => {
    const run = await runFloorOnce(statements, variables, databases);
    runs.push(run);
    return run.totalMs;
  }, limits);
  const measured = runs.slice(-samples.length); // the warm-up's runs left out
  const databaseNames = Object.keys(measured[0].perDatabaseMs);
  return {
    ...summarize(samples),
    perDatabaseP50Ms: Object.fromEntries(
      databaseNames.map((db) => [db, summarize(measured.map((run) => run.perDatabaseMs[db])).p50]),
    ),
    rows: measured[0].rows,
  };
}
