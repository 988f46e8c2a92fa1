import { AUDIENCE, DEV_ISSUER } from '@lagesbild/auth';
import { localSubgraphUrl, readSubgraphList, schemaDir, subgraphUrlVar } from '@lagesbild/platform';
import path from 'node:path';
import { readQueryLimits, type QueryLimits } from './limits/limitValues';
import { readResponseCacheConfig, type ResponseCacheConfig } from './responseCache/responseCacheConfig';
import { readTrustedDocumentsConfig, type TrustedDocumentsConfig } from './trustedDocuments';

/** Whom the gateway trusts to sign users in: an OIDC provider in production, the dev issuer in the embedded default. */
export type SignInConfig =
  | { kind: 'oidc'; issuer: string; audience: string; jwksUrl: URL }
  | { kind: 'dev'; issuer: string; audience: string; dataDir: string };

export interface GatewayConfig {
  port: number;
  /** The port /metrics answers on (METRICS_PORT, 4090): not the public one, so that only the operator's network scrapes it. */
  metricsPort: number;
  host: string;
  supergraphFile: string;
  /** Each subgraph's GraphQL URL: from <NAME>_SUBGRAPH_URL, or the loopback URL of schema/supergraph.yaml. */
  subgraphs: { name: string; url: string }[];
  signIn: SignInConfig;
  /** The secret the gateway signs subgraph requests with (SUBGRAPH_SIGNING_SECRET, one per deployment). */
  signingSecret: string;
  /** Depth, aliases, cost per role, rate limit and timeouts (issue #5); see limits/limitValues.ts. */
  limits: QueryLimits;
  /** The response cache for repeated reads (issue #13); see responseCache/. */
  responseCache: ResponseCacheConfig;
  /** Which documents the gateway runs for whom (issue #14); see trustedDocuments.ts. */
  trustedDocuments: TrustedDocumentsConfig;
}

export const DEFAULT_METRICS_PORT = 4090;

export class GatewayConfigError extends Error {}

function readSignIn(env: NodeJS.ProcessEnv): SignInConfig {
  const audience = env.OIDC_AUDIENCE ?? AUDIENCE;
  if (env.OIDC_ISSUER || env.OIDC_JWKS_URL) {
    if (!env.OIDC_ISSUER || !env.OIDC_JWKS_URL) {
      throw new GatewayConfigError('Set both OIDC_ISSUER and OIDC_JWKS_URL to sign users in with an OIDC provider.');
    }
    return { kind: 'oidc', issuer: env.OIDC_ISSUER, audience, jwksUrl: new URL(env.OIDC_JWKS_URL) };
  }
  if (env.DEV_ISSUER_DIR) return { kind: 'dev', issuer: DEV_ISSUER, audience, dataDir: env.DEV_ISSUER_DIR };
  throw new GatewayConfigError(
    'The gateway needs an identity provider: set OIDC_ISSUER and OIDC_JWKS_URL, or DEV_ISSUER_DIR for the ' +
      'development issuer of the embedded default (`npm start` sets it).',
  );
}

function readPort(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const port = Number(env[name] ?? fallback);
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    throw new GatewayConfigError(`${name} must be a port number, not "${env[name]}".`);
  return port;
}

export function readGatewayConfig(env = process.env): GatewayConfig {
  const port = readPort(env, 'PORT', 4000);
  const metricsPort = readPort(env, 'METRICS_PORT', DEFAULT_METRICS_PORT);
  if (metricsPort === port) throw new GatewayConfigError(`METRICS_PORT must differ from PORT (both are ${port}).`);
  const signingSecret = env.SUBGRAPH_SIGNING_SECRET;
  if (!signingSecret || signingSecret.length < 32) {
    throw new GatewayConfigError(
      'SUBGRAPH_SIGNING_SECRET must hold a secret of at least 32 characters, the same one the subgraphs are given.',
    );
  }
  return {
    port,
    metricsPort,
    host: env.HOST ?? '127.0.0.1',
    supergraphFile: env.SUPERGRAPH_FILE ?? path.join(schemaDir, 'supergraph.graphql'),
    subgraphs: readSubgraphList().map((entry) => ({
      name: entry.name,
      url: env[subgraphUrlVar(entry.name)] ?? localSubgraphUrl(entry.port),
    })),
    signIn: readSignIn(env),
    signingSecret,
    limits: readQueryLimits(env),
    responseCache: readResponseCacheConfig(env),
    trustedDocuments: readTrustedDocumentsConfig(env),
  };
}
