import { dataScopeOf, verifySubgraphRequest, type DataScope, type User } from '@lagesbild/auth';
import type { NextFunction, Request, Response } from 'express';

/** Who a request is for and what they may read: every subgraph context carries it (issue #5). */
export interface RequestIdentity {
  user: User;
  scope: DataScope;
}

export function identityOf(user: User): RequestIdentity {
  return { user, scope: dataScopeOf(user) };
}

type SignedRequest = Request & { rawBody?: Buffer; identity?: RequestIdentity };

/** express.json's `verify` hook: keeps the raw body, which is what the gateway signed. */
export function keepRawBody(req: Request, _res: Response, body: Buffer): void {
  (req as SignedRequest).rawBody = body;
}

/**
 * Refuses any GraphQL request the gateway did not sign (`_service` and `_entities` included) with HTTP 401, and
 * reads the user the gateway signed it for. Only POST is served: a GET's query string is not covered by the
 * signature.
 */
export function requireGatewaySignature(secret: string) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const refuse = (status: number, message: string, code: string) => {
      res.status(status).json({ errors: [{ message, extensions: { code } }] });
    };
    if (req.method !== 'POST') return refuse(405, 'Send GraphQL requests to this service as POST.', 'BAD_REQUEST');
    try {
      const signed = req as SignedRequest;
      signed.identity = identityOf(verifySubgraphRequest(secret, req.headers, signed.rawBody ?? Buffer.alloc(0)));
      next();
    } catch (error) {
      refuse(401, error instanceof Error ? error.message : 'The request is not signed.', 'UNAUTHENTICATED');
    }
  };
}

/** The identity requireGatewaySignature found; the middleware runs before every GraphQL request. */
export function identityOfRequest(req: Request): RequestIdentity {
  const identity = (req as SignedRequest).identity;
  if (!identity) throw new Error('identityOfRequest called before requireGatewaySignature');
  return identity;
}
