import { exportJWK, generateKeyPair, importJWK, SignJWT, type JSONWebKeySet, type JWK } from 'jose';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Role } from './user';

// The development issuer of the embedded default: it signs tokens for the demo users with a key pair generated on
// first use and kept in the data folder, so that `npm start` needs no identity provider. In production the
// gateway trusts an OIDC provider's JWKS instead (see README, "Sign-in").

export const DEV_ISSUER = 'urn:lagesbild:dev-issuer';
export const AUDIENCE = 'lagesbild';
const ALGORITHM = 'ES256';

interface StoredKeys {
  privateJwk: JWK;
  publicJwk: JWK;
}

async function keys(dataDir: string): Promise<StoredKeys> {
  const file = path.join(dataDir, 'dev-issuer.json');
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as StoredKeys;
  const pair = await generateKeyPair(ALGORITHM, { extractable: true });
  const kid = `dev-${Date.now().toString(36)}`;
  const stored: StoredKeys = {
    privateJwk: { ...(await exportJWK(pair.privateKey)), kid, alg: ALGORITHM },
    publicJwk: { ...(await exportJWK(pair.publicKey)), kid, alg: ALGORITHM, use: 'sig' },
  };
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(file, JSON.stringify(stored, null, 2), { mode: 0o600 });
  return stored;
}

/** The development issuer's public key set, for the gateway to verify with. */
export async function devJwks(dataDir: string): Promise<JSONWebKeySet> {
  return { keys: [(await keys(dataDir)).publicJwk] };
}

export interface DevTokenRequest {
  role: Role;
  subject?: string;
  name?: string;
  counties?: string[];
  office?: string;
  /** Lifetime, e.g. "8h" (the default: one working day). */
  expiresIn?: string;
}

/** Signs a token for a demo user. */
export async function issueDevToken(dataDir: string, request: DevTokenRequest): Promise<string> {
  const { privateJwk } = await keys(dataDir);
  const claims: Record<string, unknown> = { role: request.role, name: request.name ?? `Demo ${request.role}` };
  if (request.counties?.length) claims.counties = request.counties;
  if (request.office) claims.office = request.office;
  return new SignJWT(claims)
    .setProtectedHeader({ alg: ALGORITHM, kid: privateJwk.kid })
    .setIssuer(DEV_ISSUER)
    .setAudience(AUDIENCE)
    .setSubject(
      request.subject ??
        `demo-${request.role}${request.counties?.length ? `-${request.counties.join('-')}` : ''}${request.office ? `-${request.office}` : ''}`,
    )
    .setIssuedAt()
    .setExpirationTime(request.expiresIn ?? '8h')
    .sign(await importJWK(privateJwk, ALGORITHM));
}
