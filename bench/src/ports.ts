/**
 * The benchmark's own ports, laid out from one base so that it runs beside `npm start` (4000, 4100-4104) and the
 * tests. They stay below 32768: Linux hands out ports from 32768 up to clients, and a load tool's connections could
 * take a service's port there.
 */
export interface BenchPorts {
  hiveGateway: number;
  embeddedPostgres: number;
  recordingGateway: number;
  apolloGateway: number;
  /** A third Hive gateway, the same build, with the response cache on: the cache-on measures beside the others. */
  cachedGateway: number;
  /** The metrics port (METRICS_PORT) of each of the three Hive gateways, so that none takes the default 4090. */
  metrics: { hiveGateway: number; recordingGateway: number; cachedGateway: number };
  subgraphs: Record<string, number>;
  /** The recording proxy in front of each subgraph. */
  proxies: Record<string, number>;
}

const MAX_SUBGRAPHS = 20;

export function benchPorts(base: number, subgraphNames: readonly string[]): BenchPorts {
  if (subgraphNames.length > MAX_SUBGRAPHS)
    throw new Error(`The port layout has room for ${MAX_SUBGRAPHS} subgraphs, not ${subgraphNames.length}.`);
  const last = base + 10 + 2 * MAX_SUBGRAPHS - 1;
  if (base < 1024 || last >= 32768)
    throw new Error(`The benchmark's ports run from ${base} to ${last}; they must lie between 1024 and 32767.`);
  return {
    hiveGateway: base,
    embeddedPostgres: base + 1,
    recordingGateway: base + 2,
    apolloGateway: base + 3,
    cachedGateway: base + 4,
    metrics: { hiveGateway: base + 5, recordingGateway: base + 6, cachedGateway: base + 7 },
    subgraphs: Object.fromEntries(subgraphNames.map((name, i) => [name, base + 10 + i])),
    proxies: Object.fromEntries(subgraphNames.map((name, i) => [name, base + 10 + MAX_SUBGRAPHS + i])),
  };
}
