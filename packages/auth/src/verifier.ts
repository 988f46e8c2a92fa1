import { createLocalJWKSet, createRemoteJWKSet, errors, jwtVerify, type JSONWebKeySet } from 'jose';
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

/** Verifies signature, issuer, audience and expiry, then reads the user from the claims. */
export function createVerifier(options: VerifierOptions): (token: string) => Promise<User> {
  const keys = options.jwks instanceof URL ? createRemoteJWKSet(options.jwks) : createLocalJWKSet(options.jwks);
  return async (token) => {
    try {
      const { payload } = await jwtVerify(token, keys, {
        issuer: options.issuer,
        audience: options.audience,
        requiredClaims: ['exp', 'sub'],
      });
      return userFromClaims(payload);
    } catch (error) {
      throw new AuthError(reason(error));
    }
  };
}
