import { createLocalJWKSet, createRemoteJWKSet, errors, jwtVerify, type JSONWebKeySet } from 'jose';
import { LRUCache } from 'lru-cache';
import { AuthError, userFromClaims, type User } from './user';

export interface VerifierOptions {
  issuer: string;
  audience: string;
  /** The identity provider's JWKS address (production), or a key set held locally (the development issuer). */
  jwks: URL | JSONWebKeySet;
}

/** A sentence for each way a token can be refused; never the library's internals. */
function reason(error: unknown): string {
  if (error instanceof AuthError) return error.message;
  if (error instanceof errors.JWTExpired) return 'The sign-in token has expired; sign in again.';
  if (error instanceof errors.JWTClaimValidationFailed) {
    return `The sign-in token is not for this service (${error.claim} does not match).`;
  }
  if (error instanceof errors.JWSSignatureVerificationFailed || error instanceof errors.JWKSNoMatchingKey) {
    return 'The sign-in token’s signature is not valid.';
  }
  return 'The sign-in token could not be read.';
}

/**
 * How long a verified token is taken on trust before its signature is checked again. The dashboard sends the same
 * token with every request, and the ES256 check was the largest single cost of a cached answer at the gateway.
 * The bound is how long a key withdrawn from the identity provider's key set can go on being accepted here.
 */
const TRUSTED_FOR_MS = 5 * 60_000;

/**
 * Verifies signature, issuer, audience and expiry, then reads the user from the claims. A token that passed is
 * remembered (by its whole text, which its signature covers) until it expires, or for TRUSTED_FOR_MS at most.
 */
export function createVerifier(options: VerifierOptions): (token: string) => Promise<User> {
  const keys = options.jwks instanceof URL ? createRemoteJWKSet(options.jwks) : createLocalJWKSet(options.jwks);
  const verified = new LRUCache<string, User>({ max: 10_000, ttl: TRUSTED_FOR_MS, ttlAutopurge: false });
  return async (token) => {
    const known = verified.get(token);
    if (known) return known;
    try {
      const { payload } = await jwtVerify(token, keys, {
        issuer: options.issuer,
        audience: options.audience,
        requiredClaims: ['exp', 'sub'],
      });
      const user = userFromClaims(payload);
      // Never past the token's own expiry: a remembered token is refused from the second it expires.
      const untilExpiry = (payload.exp as number) * 1000 - Date.now();
      verified.set(token, user, { ttl: Math.min(TRUSTED_FOR_MS, Math.max(untilExpiry, 1)) });
      return user;
    } catch (error) {
      throw new AuthError(reason(error));
    }
  };
}
