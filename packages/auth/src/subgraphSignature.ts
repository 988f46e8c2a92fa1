import { createHmac, timingSafeEqual } from 'node:crypto';
import { AuthError, userFromClaims, type User } from './user';

// The gateway signs every request it sends to a subgraph, and subgraphs refuse any request it did not sign
// (issue #5, "A trusted gateway"). The signature covers the verified user as well as the body, so that no one who
// can reach a subgraph's port can choose whom to act as.
//
// Why not Hive Gateway's own `hmacSignature`: it signs only the query and variables, not the forwarded identity,
// and its validator is a GraphQL Yoga plugin, while the subgraphs run Apollo Server. The scheme here is the usual
// one for signed webhooks: HMAC-SHA256 over a timestamp, the identity header and the raw body.

export const SIGNATURE_HEADER = 'x-lagesbild-signature';
export const TIMESTAMP_HEADER = 'x-lagesbild-timestamp';
export const USER_HEADER = 'x-lagesbild-user';

/** A signed request older than this is refused, so that a captured request cannot be replayed later. */
const MAX_AGE_MS = 5 * 60_000;

export class SignatureError extends Error {
  readonly code = 'UNAUTHENTICATED';
}

function mac(secret: string, timestamp: string, user: string, body: string | Buffer): string {
  return createHmac('sha256', secret).update(`${timestamp}\n${user}\n`).update(body).digest('base64url');
}

/** The claims a subgraph needs to know who asks: the same shape a sign-in token carries. */
function userClaims(user: User): Record<string, unknown> {
  return {
    sub: user.subject,
    name: user.name,
    role: user.role,
    counties: user.counties,
    ...(user.officeId ? { office: user.officeId } : {}),
  };
}

/** Headers to add to a request for a subgraph, on behalf of `user`, with exactly this body. */
export function signSubgraphRequest(
  secret: string,
  user: User,
  body: string,
  now = Date.now(),
): Record<string, string> {
  const timestamp = String(now);
  const encodedUser = Buffer.from(JSON.stringify(userClaims(user))).toString('base64url');
  return {
    [TIMESTAMP_HEADER]: timestamp,
    [USER_HEADER]: encodedUser,
    [SIGNATURE_HEADER]: mac(secret, timestamp, encodedUser, body),
  };
}

/** Checks a subgraph request's signature against its raw body, and returns the user it was sent for. */
export function verifySubgraphRequest(
  secret: string,
  headers: Record<string, string | string[] | undefined>,
  rawBody: Buffer | string,
  now = Date.now(),
): User {
  const header = (name: string) => {
    const value = headers[name];
    return Array.isArray(value) ? value[0] : value;
  };
  const signature = header(SIGNATURE_HEADER);
  const timestamp = header(TIMESTAMP_HEADER);
  const encodedUser = header(USER_HEADER);
  if (!signature || !timestamp || !encodedUser) {
    throw new SignatureError('This service answers only requests signed by the Lägesbild gateway.');
  }
  const age = now - Number(timestamp);
  if (!Number.isFinite(age) || Math.abs(age) > MAX_AGE_MS) {
    throw new SignatureError('The request’s signature has expired or its clock is wrong.');
  }
  const expected = Buffer.from(mac(secret, timestamp, encodedUser, rawBody));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
    throw new SignatureError('The request’s signature is not valid.');
  }
  try {
    return userFromClaims(JSON.parse(Buffer.from(encodedUser, 'base64url').toString('utf8')));
  } catch (error) {
    throw new SignatureError(error instanceof AuthError ? error.message : 'The request names no valid user.');
  }
}
