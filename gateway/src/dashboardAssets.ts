import { repoRoot } from '@lagesbild/platform';
import { existsSync } from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import sirv from 'sirv';

// The dashboard (issue #6) at `/`: the files Vite built into dashboard/dist, with hashed assets cached for a year
// (their names change with their content) and index.html revalidated on every load, so a new build is picked up at
// once. Page routes (/lan, /uppfoljning, …) fall back to index.html, where the dashboard's router takes over.

/** Paths that belong to the gateway, never to the dashboard. */
const GATEWAY_PATHS = ['/graphql', '/healthz', '/readyz', '/status'];

export function isDashboardRequest(method: string | undefined, pathname: string): boolean {
  if (method !== 'GET' && method !== 'HEAD') return false;
  if (GATEWAY_PATHS.some((gatewayPath) => pathname === gatewayPath || pathname.startsWith(`${gatewayPath}/`)))
    return false;
  return pathname !== '/auth' && !pathname.startsWith('/auth/');
}

const notBuilt = `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Lägesbild</title></head><body><main>
<h1>Lägesbild</h1><p>Instrumentpanelen är inte byggd: kör <code>npm run build</code>. Grafen svarar på <a href="/graphql">/graphql</a>.</p>
<p lang="en">The dashboard is not built: run <code>npm run build</code>. The graph answers at /graphql.</p>
</main></body></html>`;

/**
 * Serves the built dashboard; returns false for requests that are not the dashboard's (the caller passes them on).
 * DASHBOARD_DIR points at another build.
 */
export function createDashboardAssets(dir = process.env.DASHBOARD_DIR ?? path.join(repoRoot, 'dashboard', 'dist')) {
  const built = existsSync(path.join(dir, 'index.html'));
  // sirv lists the folder at once, so without a build there is nothing to give it: the gateway still serves the graph.
  const serve = built
    ? sirv(dir, {
        single: true,
        etag: true,
        dotfiles: false,
        setHeaders(res, pathname) {
          res.setHeader(
            'cache-control',
            pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
          );
        },
      })
    : undefined;
  return (req: http.IncomingMessage, res: http.ServerResponse): boolean => {
    const pathname = (req.url ?? '/').split('?')[0];
    if (!isDashboardRequest(req.method, pathname)) return false;
    if (!serve) {
      res.writeHead(503, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(notBuilt);
      return true;
    }
    serve(req, res, () => {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Not found');
    });
    return true;
  };
}
