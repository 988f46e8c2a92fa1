import { AuthError, createVerifier, devJwks, type User } from '@lagesbild/auth';
import type http from 'node:http';
import type { SignInConfig } from './config';

export type Authenticate = (req: http.IncomingMessage) => Promise<User>;

/**
 * Reads the bearer token of a request and verifies it (signature, issuer, audience, expiry) against the configured
 * identity provider. Throws AuthError with a sentence a person understands.
 */
export async function createAuthenticator(signIn: SignInConfig): Promise<Authenticate> {
  const verify = createVerifier({
    issuer: signIn.issuer,
    audience: signIn.audience,
    jwks: signIn.kind === 'oidc' ? signIn.jwksUrl : await devJwks(signIn.dataDir),
  });
  return async (req) => {
    const header = req.headers.authorization;
    const match = header?.match(/^Bearer\s+(\S+)$/i);
    if (!match) {
      throw new AuthError('Sign in first: send your sign-in token as "Authorization: Bearer <token>".');
    }
    return verify(match[1]);
  };
}

/** The answer to a request without a valid token: GraphQL's error shape, with HTTP 401. */
export function unauthenticated(res: http.ServerResponse, error: unknown): void {
  const message = error instanceof AuthError ? error.message : 'The sign-in token could not be checked.';
  res.writeHead(401, {
    'content-type': 'application/graphql-response+json; charset=utf-8',
    'www-authenticate': 'Bearer',
    'cache-control': 'no-store',
  });
  res.end(JSON.stringify({ errors: [{ message, extensions: { code: 'UNAUTHENTICATED' } }] }));
}
