import { localSubgraphUrl, readSubgraphList, schemaDir, subgraphUrlVar } from '@lagesbild/platform';
import path from 'node:path';

export interface GatewayConfig {
  port: number;
  host: string;
  supergraphFile: string;
  /** Each subgraph's GraphQL URL: from <NAME>_SUBGRAPH_URL, or the loopback URL of schema/supergraph.yaml. */
  subgraphs: { name: string; url: string }[];
}

export function readGatewayConfig(env = process.env): GatewayConfig {
  const port = Number(env.PORT ?? 4000);
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    throw new Error(`PORT must be a port number, not "${env.PORT}".`);
  return {
    port,
    host: env.HOST ?? '127.0.0.1',
    supergraphFile: env.SUPERGRAPH_FILE ?? path.join(schemaDir, 'supergraph.graphql'),
    subgraphs: readSubgraphList().map((entry) => ({
      name: entry.name,
      url: env[subgraphUrlVar(entry.name)] ?? localSubgraphUrl(entry.port),
    })),
  };
}
