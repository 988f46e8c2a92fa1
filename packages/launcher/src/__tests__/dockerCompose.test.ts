// docker-compose.yml checked against schema/supergraph.yaml, the one list of subgraphs: a subgraph added, renamed or
// moved to another port there must be followed in the compose file (and the PostgreSQL init script), or this fails.
// Static checks only: the file is parsed as YAML (merge keys resolved, as compose does); Docker is not needed.
// Each test collects its problems as sentences naming the service, so a failure says what to fix where.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { databaseName, readSubgraphList, subgraphUrlVar, type SubgraphEntry } from '@lagesbild/platform';
import { parse } from 'yaml';

/** This file is packages/launcher/src/__tests__/dockerCompose.test.ts. */
const root = path.resolve(__dirname, '../../../..');
const subgraphs = readSubgraphList(path.join(root, 'schema', 'supergraph.yaml'));
const subgraphNames = subgraphs.map((subgraph) => subgraph.name);

interface BuildSpec {
  context?: string;
  dockerfile?: string;
  args?: Record<string, unknown> | string[];
}

interface Service {
  image?: string;
  command?: string | string[];
  restart?: string;
  build?: string | BuildSpec;
  environment?: Record<string, unknown> | string[];
  ports?: (string | number | { target?: number | string; published?: number | string })[];
  healthcheck?: { test?: string | string[]; disable?: boolean };
  depends_on?: string[] | Record<string, { condition?: string } | null>;
  volumes?: (string | { type?: string; source?: string; target?: string })[];
}

const composeFile = path.join(root, 'docker-compose.yml');
const compose = parse(readFileSync(composeFile, 'utf8'), { merge: true }) as { services?: Record<string, Service> };
const services = compose.services ?? {};
const serviceNames = Object.keys(services);

/**
 * The value compose makes of a string: `${VAR:-default}` / `${VAR-default}` become the default, `${VAR}`,
 * `${VAR:?message}` and `$VAR` a placeholder `ENV_VAR` (the value is the deployer's), `$$` a dollar sign.
 */
function interpolate(value: string): string {
  return value.replace(
    /\$\$|\$\{([A-Za-z_]\w*)(?:(:?[-?])([^}]*))?\}|\$([A-Za-z_]\w*)/g,
    (match: string, braced?: string, operator?: string, argument?: string, bare?: string): string => {
      if (match === '$$') return '$';
      if (operator?.endsWith('-')) return argument ?? '';
      return `ENV_${braced ?? bare}`;
    },
  );
}

/** A service's environment as written (list or mapping form), not interpolated. */
function rawEnvironment(service: string): Record<string, string> {
  const environment = services[service]?.environment ?? {};
  if (Array.isArray(environment)) {
    return Object.fromEntries(
      environment.map((entry) => {
        const equals = entry.indexOf('=');
        return equals < 0 ? [entry, ''] : [entry.slice(0, equals), entry.slice(equals + 1)];
      }),
    );
  }
  return Object.fromEntries(
    Object.entries(environment).map(([key, value]) => [
      key,
      value === null || value === undefined ? '' : String(value),
    ]),
  );
}

function environment(service: string): Record<string, string> {
  return Object.fromEntries(Object.entries(rawEnvironment(service)).map(([key, value]) => [key, interpolate(value)]));
}

/** depends_on as service → condition (the list form means service_started). */
function dependsOn(service: string): Record<string, string> {
  const dependencies = services[service]?.depends_on ?? {};
  if (Array.isArray(dependencies)) return Object.fromEntries(dependencies.map((name) => [name, 'service_started']));
  return Object.fromEntries(
    Object.entries(dependencies).map(([name, spec]) => [name, spec?.condition ?? 'service_started']),
  );
}

/** The container ports a service publishes on the host. */
function publishedContainerPorts(service: string): string[] {
  return (services[service]?.ports ?? []).map((port) => {
    if (typeof port === 'object') return String(port.target);
    // "4000", "4000:4000", "127.0.0.1:4000:4000", "4000:4000/tcp": the container port is the last part.
    const parts = interpolate(String(port))
      .replace(/\/\w+$/, '')
      .split(':');
    return parts[parts.length - 1] ?? '';
  });
}

function buildOf(service: string): BuildSpec | undefined {
  const build = services[service]?.build;
  return typeof build === 'string' ? { context: build } : build;
}

function buildArgs(build: BuildSpec): Record<string, string> {
  const args = build.args ?? {};
  if (Array.isArray(args)) return Object.fromEntries(args.map((arg) => [arg.split('=')[0], arg.split('=')[1] ?? '']));
  return Object.fromEntries(Object.entries(args).map(([key, value]) => [key, String(value)]));
}

/** The variable a DATABASE_URL takes its password from: postgres://user:${VAR:?message}@host… */
function passwordVariable(rawUrl: string): string | undefined {
  return /^postgres(?:ql)?:\/\/[^:@/]+:\$\{([A-Za-z_]\w*):\?[^}]*\}@/.exec(rawUrl)?.[1];
}

it('schema/supergraph.yaml lists subgraphs', () => {
  expect(subgraphNames.length).toBeGreaterThan(0);
});

/** The one-shot job that makes the replication subscriptions once every subgraph has migrated. */
const REPLICATION_JOB = 'replication';

it('has a service for every subgraph in schema/supergraph.yaml, and none but those, postgres, the gateway and the replication job', () => {
  const problems = [
    ...subgraphNames
      .filter((name) => !serviceNames.includes(name))
      .map((name) => `subgraph "${name}" (schema/supergraph.yaml) has no service`),
    ...serviceNames
      .filter((name) => !subgraphNames.includes(name) && !['postgres', 'gateway', REPLICATION_JOB].includes(name))
      .map(
        (name) =>
          `service "${name}" is neither a subgraph in schema/supergraph.yaml nor postgres, gateway or replication`,
      ),
  ];
  expect(problems).toEqual([]);
});

describe.each(subgraphs.map((subgraph): [string, SubgraphEntry] => [subgraph.name, subgraph]))(
  'subgraph service %s',
  (name, subgraph) => {
    it('listens on 0.0.0.0 on its port from schema/supergraph.yaml, in production mode', () => {
      const env = environment(name);
      const problems: string[] = [];
      if (env.PORT !== String(subgraph.port)) {
        problems.push(`service "${name}": PORT is ${env.PORT}, schema/supergraph.yaml says ${subgraph.port}`);
      }
      if (env.HOST !== '0.0.0.0') problems.push(`service "${name}": HOST is ${env.HOST}, not 0.0.0.0`);
      if (env.NODE_ENV !== 'production') problems.push(`service "${name}": NODE_ENV is ${env.NODE_ENV}`);
      expect(problems).toEqual([]);
    });

    it(`connects to its own database, ${databaseName(subgraph.name)}, on the postgres service`, () => {
      const own = databaseName(name);
      const raw = rawEnvironment(name).DATABASE_URL;
      if (raw === undefined) throw new Error(`service "${name}" has no DATABASE_URL`);
      const url = new URL(interpolate(raw));
      const problems: string[] = [];
      if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
        problems.push(`service "${name}": DATABASE_URL is not a postgres:// URL`);
      }
      if (url.hostname !== 'postgres' || !serviceNames.includes('postgres')) {
        problems.push(`service "${name}": DATABASE_URL points at host ${url.hostname}, not the postgres service`);
      }
      if (url.pathname !== `/${own}`) {
        problems.push(`service "${name}": DATABASE_URL names database ${url.pathname.slice(1)}, not ${own}`);
      }
      if (url.username !== own) problems.push(`service "${name}": DATABASE_URL logs in as ${url.username}, not ${own}`);
      expect(problems).toEqual([]);
    });

    it('serves requests as its runtime role, whose password postgres and the init script get too', () => {
      const raw = rawEnvironment(name).RUNTIME_DATABASE_URL ?? '';
      const variable = passwordVariable(raw);
      expect({ name, variable }).toEqual({ name, variable: `${name.toUpperCase()}_RUNTIME_DB_PASSWORD` });
      expect(raw).toContain(`postgres://lagesbild_${name}_runtime:`);
      expect(rawEnvironment('postgres')[variable!] ?? '').toContain(`\${${variable}`);
      expect(initScript().text).toContain(variable);
    });

    it('takes its database password from a required variable, which postgres and the init script get too', () => {
      const raw = rawEnvironment(name).DATABASE_URL ?? '';
      const variable = passwordVariable(raw);
      if (!variable) {
        throw new Error(
          `service "${name}": the password in DATABASE_URL must be a required variable, \${NAME_DB_PASSWORD:?message}`,
        );
      }
      const problems: string[] = [];
      if (!(rawEnvironment('postgres')[variable] ?? '').includes(`\${${variable}`)) {
        problems.push(
          `service "postgres" does not pass ${variable}, the password of service "${name}", to its init script`,
        );
      }
      if (!initScript().text.includes(variable)) {
        problems.push(`${initScript().file} does not read ${variable}, the password of service "${name}"`);
      }
      expect(problems).toEqual([]);
    });
  },
);

it('gives no two subgraphs the same database or role', () => {
  const owners = new Map<string, string>();
  const problems: string[] = [];
  for (const name of subgraphNames.filter((subgraph) => serviceNames.includes(subgraph))) {
    const raw = environment(name).DATABASE_URL;
    if (!raw) continue; // reported by the test of the subgraph
    const url = new URL(raw);
    for (const key of [`database ${url.pathname.slice(1)}`, `role ${url.username}`]) {
      const owner = owners.get(key);
      if (owner) problems.push(`services "${owner}" and "${name}" share ${key}`);
      else owners.set(key, name);
    }
  }
  expect(problems).toEqual([]);
});

it('points the gateway at every subgraph by service name and port: <NAME>_SUBGRAPH_URL=http://<name>:<port>/graphql', () => {
  const env = environment('gateway');
  const problems: string[] = [];
  for (const { name, port } of subgraphs) {
    const expected = `http://${name}:${port}/graphql`;
    const actual = env[subgraphUrlVar(name)];
    if (actual !== expected) {
      problems.push(`service "gateway": ${subgraphUrlVar(name)} is ${actual ?? 'not set'}, expected ${expected}`);
    }
  }
  const known = new Set(subgraphNames.map(subgraphUrlVar));
  for (const key of Object.keys(env).filter((key) => key.endsWith('_SUBGRAPH_URL') && !known.has(key))) {
    problems.push(`service "gateway": ${key} names no subgraph in schema/supergraph.yaml`);
  }
  if (env.HOST !== '0.0.0.0') problems.push(`service "gateway": HOST is ${env.HOST}, not 0.0.0.0`);
  expect(problems).toEqual([]);
});

it('gives every service but the one-shot replication job a healthcheck', () => {
  const problems = serviceNames
    .filter((name) => name !== REPLICATION_JOB)
    .filter((name) => {
      const healthcheck = services[name]?.healthcheck;
      const test = healthcheck?.test;
      const command = Array.isArray(test) ? test : test === undefined ? [] : [test];
      return !healthcheck || healthcheck.disable === true || command.length === 0 || command[0] === 'NONE';
    })
    .map((name) => `service "${name}" has no healthcheck`);
  expect(problems).toEqual([]);
});

it('restarts the gateway and every subgraph after a failure a bounded number of times, and postgres always', () => {
  // Docker's own backoff spaces the restarts; the bound makes a service that keeps failing stop, as npm start does.
  const problems: string[] = [];
  for (const name of [...subgraphNames, 'gateway']) {
    const restart = services[name]?.restart ?? 'no';
    const retries = /^on-failure:(\d+)$/.exec(restart)?.[1];
    if (!retries || Number(retries) < 1 || Number(retries) > 10) {
      problems.push(`service "${name}" has restart: ${restart}, not on-failure:N with N from 1 to 10`);
    }
  }
  if (!['always', 'unless-stopped'].includes(services.postgres?.restart ?? 'no')) {
    problems.push(`service "postgres" has restart: ${services.postgres?.restart ?? 'no'}; the database must come back`);
  }
  expect(problems).toEqual([]);
});

it('starts the gateway after every subgraph is healthy, and every subgraph after postgres is healthy', () => {
  const problems: string[] = [];
  const gateway = dependsOn('gateway');
  for (const name of subgraphNames) {
    if (gateway[name] !== 'service_healthy') {
      problems.push(`service "gateway" does not depend on "${name}" with condition service_healthy`);
    }
    if (serviceNames.includes(name) && dependsOn(name).postgres !== 'service_healthy') {
      problems.push(`service "${name}" does not depend on "postgres" with condition service_healthy`);
    }
  }
  expect(problems).toEqual([]);
});

it('runs PostgreSQL with logical replication, and the replication job after every subgraph and before the gateway', () => {
  const problems: string[] = [];
  const command = services.postgres?.command;
  const args = Array.isArray(command) ? command : (command ?? '').split(/\s+/);
  if (!args.includes('wal_level=logical')) problems.push('service "postgres" does not run with wal_level=logical');
  const job = services[REPLICATION_JOB];
  if (!job) problems.push(`there is no service "${REPLICATION_JOB}"`);
  else {
    if (job.restart !== 'no') problems.push(`service "${REPLICATION_JOB}" restarts; it is a job that runs once`);
    const jobCommand = Array.isArray(job.command) ? job.command.join(' ') : (job.command ?? '');
    if (
      !existsSync(path.join(root, 'packages/launcher/src/replicateCommand.ts')) ||
      !jobCommand.includes('replicateCommand.js')
    ) {
      problems.push(`service "${REPLICATION_JOB}" does not run packages/launcher/dist/replicateCommand.js`);
    }
    for (const name of subgraphNames) {
      if (dependsOn(REPLICATION_JOB)[name] !== 'service_healthy') {
        problems.push(`service "${REPLICATION_JOB}" does not wait for "${name}" to be healthy (migrated)`);
      }
    }
    if (dependsOn('gateway')[REPLICATION_JOB] !== 'service_completed_successfully') {
      problems.push(`service "gateway" does not wait for "${REPLICATION_JOB}" to complete successfully`);
    }
  }
  expect(problems).toEqual([]);
});

it('publishes ports only from the gateway, and the gateway its PORT', () => {
  const problems = serviceNames
    .filter((name) => name !== 'gateway' && publishedContainerPorts(name).length > 0)
    .map(
      (name) => `service "${name}" publishes ports ${publishedContainerPorts(name).join(', ')}; only the gateway may`,
    );
  const gatewayPort = environment('gateway').PORT;
  if (!gatewayPort || !publishedContainerPorts('gateway').includes(gatewayPort)) {
    problems.push(`service "gateway" does not publish its PORT (${gatewayPort ?? 'not set'})`);
  }
  expect(problems).toEqual([]);
});

it('builds the gateway and every subgraph from the one root Dockerfile, WORKSPACE naming its workspace', () => {
  const rootDockerfile = path.join(root, 'Dockerfile');
  const expectedWorkspace = (name: string): string => (name === 'gateway' ? 'gateway' : `subgraphs/${name}`);
  const problems: string[] = [];
  if (!existsSync(rootDockerfile)) problems.push('there is no Dockerfile at the repository root');
  for (const name of [...subgraphNames.filter((subgraph) => serviceNames.includes(subgraph)), 'gateway']) {
    const build = buildOf(name);
    if (!build) {
      problems.push(`service "${name}" has no build`);
      continue;
    }
    const dockerfile = path.resolve(root, build.context ?? '.', build.dockerfile ?? 'Dockerfile');
    if (dockerfile !== rootDockerfile || path.resolve(root, build.context ?? '.') !== root) {
      problems.push(
        `service "${name}" builds ${path.relative(root, dockerfile)} in ${build.context}, not ./Dockerfile in .`,
      );
    }
    const workspace = buildArgs(build).WORKSPACE;
    if (workspace !== expectedWorkspace(name)) {
      problems.push(`service "${name}": build argument WORKSPACE is ${workspace}, expected ${expectedWorkspace(name)}`);
    } else if (!existsSync(path.join(root, workspace, 'package.json'))) {
      problems.push(`service "${name}": WORKSPACE ${workspace} is not a workspace folder`);
    }
  }
  if (buildArgs(buildOf(REPLICATION_JOB) ?? {}).WORKSPACE !== 'packages/launcher') {
    problems.push(`service "${REPLICATION_JOB}" is not built with WORKSPACE packages/launcher`);
  }
  for (const name of serviceNames.filter((service) => service !== 'postgres' && !subgraphNames.includes(service))) {
    if (name !== 'gateway' && name !== REPLICATION_JOB && buildOf(name)) {
      problems.push(`service "${name}" is built but is no known workspace`);
    }
  }
  expect(problems).toEqual([]);
});

/** The script under deploy/ that postgres mounts into /docker-entrypoint-initdb.d/. */
function initScript(): { file: string; text: string } {
  const mounts = (services.postgres?.volumes ?? []).map((volume) =>
    typeof volume === 'string'
      ? { source: volume.split(':')[0] ?? '', target: volume.split(':')[1] ?? '' }
      : { source: volume.source ?? '', target: volume.target ?? '' },
  );
  const mount = mounts.find((candidate) => candidate.target.startsWith('/docker-entrypoint-initdb.d'));
  if (!mount) throw new Error('service "postgres" mounts no init script into /docker-entrypoint-initdb.d');
  const file = path.relative(root, path.resolve(root, mount.source));
  if (!file.startsWith(`deploy${path.sep}`)) {
    throw new Error(`service "postgres": the init script ${file} is not under deploy/`);
  }
  if (!existsSync(path.join(root, file))) throw new Error(`service "postgres": the init script ${file} does not exist`);
  return { file, text: readFileSync(path.join(root, file), 'utf8') };
}

it('creates every subgraph database in the postgres init script under deploy/', () => {
  const { file, text } = initScript();
  const problems = subgraphNames
    .filter((name) => !new RegExp(`\\b${databaseName(name)}\\b`).test(text))
    .map((name) => `service "postgres": ${file} does not create ${databaseName(name)}, the database of "${name}"`);
  expect(problems).toEqual([]);
});

it('keeps trusted documents enforced at the gateway (README, "Trusted documents")', () => {
  expect(environment('gateway').TRUSTED_DOCUMENTS ?? 'on').toBe('on');
});

it("passes the host's OTLP endpoint to the gateway and every subgraph, each with its own service name", () => {
  // Tracing is off unless the deployer sets OTEL_EXPORTER_OTLP_ENDPOINT; an unset one must stay empty, not a guess.
  const problems: string[] = [];
  for (const name of [...subgraphNames, 'gateway']) {
    const raw = rawEnvironment(name);
    if (!/^\$\{OTEL_EXPORTER_OTLP_ENDPOINT(:?-)?\}$/.test(raw.OTEL_EXPORTER_OTLP_ENDPOINT ?? '')) {
      problems.push(
        `service "${name}": OTEL_EXPORTER_OTLP_ENDPOINT is ${raw.OTEL_EXPORTER_OTLP_ENDPOINT ?? 'not set'}, ` +
          'expected ${OTEL_EXPORTER_OTLP_ENDPOINT:-}',
      );
    }
    if (environment(name).OTEL_SERVICE_NAME !== `lagesbild-${name}`) {
      problems.push(
        `service "${name}": OTEL_SERVICE_NAME is ${raw.OTEL_SERVICE_NAME ?? 'not set'}, expected lagesbild-${name}`,
      );
    }
  }
  expect(problems).toEqual([]);
});
