import { DEMO_USERS, demoUserById, issueDevToken } from '@lagesbild/auth';
import { decodeJwt } from 'jose';
import type http from 'node:http';

// The embedded default's sign-in: the dashboard lists the demo users and asks for a token for one of them. These
// routes exist only when the gateway trusts the development issuer; with an OIDC provider they answer 404.

const MAX_BODY_BYTES = 4096;

function send(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => {
      body += chunk;
      if (body.length > MAX_BODY_BYTES) req.destroy(new Error('body too large'));
    });
    req.on('end', () => resolve(body));
    req.on('error', reject);
  });
}

/** Handles /auth/demo-users and /auth/demo-token; returns false for any other path. */
export function handleDevSignIn(
  dataDir: string,
  path: string,
  req: http.IncomingMessage,
  res: http.ServerResponse,
): boolean {
  if (path === '/auth/demo-users' && req.method === 'GET') {
    send(
      res,
      200,
      DEMO_USERS.map(({ id, role, label, counties, office }) => ({
        id,
        role,
        label,
        counties: counties ?? [],
        office: office ?? null,
      })),
    );
    return true;
  }
  if (path === '/auth/demo-token' && req.method === 'POST') {
    void readBody(req)
      .then(async (body) => {
        let id: unknown;
        try {
          id = (JSON.parse(body) as { id?: unknown }).id;
        } catch {
          return send(res, 400, { error: 'Send JSON: { "id": "<demo user id>" }.' });
        }
        const user = typeof id === 'string' ? demoUserById(id) : undefined;
        if (!user) return send(res, 400, { error: `No demo user has the id ${JSON.stringify(id)}.` });
        const token = await issueDevToken(dataDir, user);
        const expiresAt = new Date((decodeJwt(token).exp ?? 0) * 1000).toISOString();
        send(res, 200, { token, expiresAt });
      })
      .catch(() => send(res, 500, { error: 'The demo token could not be issued.' }));
    return true;
  }
  return false;
}
