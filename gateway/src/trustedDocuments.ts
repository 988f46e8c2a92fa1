import type { GatewayConfig as HiveGatewayConfig, GatewayPlugin } from '@graphql-hive/gateway-runtime';
import type { Role, User } from '@lagesbild/auth';
import { log, repoRoot } from '@lagesbild/platform';
import { GraphQLError } from 'graphql';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

// Trusted documents (issue #14). The dashboard's build persists every operation it can send (graphql-codegen's
// persistedDocuments: hash → text, dashboard/dist/persisted-documents.json), and the dashboard sends only the hash.
// The gateway runs those documents for everyone, and a document's own text only for the roles that write their own
// queries: analysts (within their cost budget), and admins, whose import command and audit-log reads are not
// dashboard operations. Everyone else (leadership, regional managers, office staff) can run only what the
// dashboard runs, so a stolen or misused token of theirs cannot explore or load the graph.

/** The roles that may send a document's text rather than a trusted document's id. */
const OWN_DOCUMENT_ROLES: ReadonlySet<Role> = new Set<Role>(['analyst', 'admin']);

export interface TrustedDocumentsConfig {
  /** TRUSTED_DOCUMENTS: `on` (the default) refuses text from every other role; `off` lets everyone send text. */
  enforced: boolean;
  /** TRUSTED_DOCUMENTS_FILE: the manifest the dashboard's build wrote. */
  manifestFile: string;
}

export class TrustedDocumentsConfigError extends Error {}

export function readTrustedDocumentsConfig(env: NodeJS.ProcessEnv): TrustedDocumentsConfig {
  const setting = env.TRUSTED_DOCUMENTS ?? 'on';
  if (setting !== 'on' && setting !== 'off') {
    throw new TrustedDocumentsConfigError(`TRUSTED_DOCUMENTS must be "on" or "off", not "${setting}".`);
  }
  return {
    enforced: setting === 'on',
    manifestFile: env.TRUSTED_DOCUMENTS_FILE ?? path.join(repoRoot, 'dashboard', 'dist', 'persisted-documents.json'),
  };
}

/** The manifest: each persisted document's id and text. */
export function readManifest(config: TrustedDocumentsConfig): ReadonlyMap<string, string> {
  if (!existsSync(config.manifestFile)) {
    if (config.enforced) {
      throw new TrustedDocumentsConfigError(
        `The trusted documents are missing (${config.manifestFile}): build the dashboard (\`npm run build\`), ` +
          'which writes them, or point TRUSTED_DOCUMENTS_FILE at its persisted-documents.json.',
      );
    }
    log.warn({ file: config.manifestFile }, 'No trusted documents: the dashboard is not built, so no id is known.');
    return new Map();
  }
  const manifest = JSON.parse(readFileSync(config.manifestFile, 'utf8')) as Record<string, unknown>;
  const entries = Object.entries(manifest).filter((entry): entry is [string, string] => typeof entry[1] === 'string');
  return new Map(entries);
}

/**
 * The id a request names: `documentId` (the GraphQL-over-HTTP persisted documents convention) or Apollo's
 * `extensions.persistedQuery.sha256Hash`, which the dashboard sends.
 */
type RequestParams = { documentId?: unknown; extensions?: Record<string, unknown> };

function documentIdOf(params: RequestParams): string | null {
  if (typeof params.documentId === 'string') return params.documentId;
  const persisted = params.extensions?.persistedQuery as { version?: unknown; sha256Hash?: unknown } | undefined;
  return persisted?.version === 1 && typeof persisted.sha256Hash === 'string' ? persisted.sha256Hash : null;
}

function refusal(message: string, code: string, status: number): GraphQLError {
  return new GraphQLError(message, { extensions: { code, http: { status } } });
}

/**
 * Hive Gateway's persisted documents, over the manifest, and the plugin that refuses a document's text from the
 * roles that may not send their own. The runtime's option decides per request only from the HTTP request, which
 * does not carry the verified user, so it takes text from everyone, and the plugin (which sees the user the
 * gateway's HTTP server verified) refuses it for the others. Requests whose text came from the manifest are marked.
 */
export function trustedDocuments(config: TrustedDocumentsConfig): {
  persistedDocuments: NonNullable<HiveGatewayConfig<Record<string, unknown>>['persistedDocuments']>;
  plugin: GatewayPlugin<{ user?: User }>;
} {
  const manifest = readManifest(config);
  const fromManifest = new WeakSet<object>();
  return {
    persistedDocuments: {
      allowArbitraryDocuments: true,
      extractPersistedOperationId: (params) => documentIdOf(params as RequestParams),
      getPersistedOperation(id, _request, context) {
        const document = manifest.get(id) ?? null;
        if (document) fromManifest.add(context);
        return document;
      },
      customErrors: {
        notFound: ({ params }) =>
          refusal(
            `No trusted document has the id "${documentIdOf(params as RequestParams)}". ` +
              'The gateway knows the operations of the dashboard it was deployed with; reload the dashboard if it has been updated since you opened it.',
            'PERSISTED_DOCUMENT_NOT_FOUND',
            400,
          ),
        // Neither text nor id: what Yoga itself answers to a request without a query.
        keyNotFound: () => refusal('Must provide query string.', 'BAD_REQUEST', 400),
      },
    },
    plugin: {
      onParams({ params, context }) {
        if (!config.enforced || !params.query || fromManifest.has(context)) return;
        const role = (context as { user?: User }).user?.role;
        if (role && OWN_DOCUMENT_ROLES.has(role)) return;
        throw refusal(
          `Only the dashboard's operations are accepted for the ${role ?? 'signed-out'} role: send the id of one ` +
            '(as the dashboard does), not a query of your own. Analysts may send their own queries.',
          'PERSISTED_DOCUMENT_REQUIRED',
          403,
        );
      },
    },
  };
}
