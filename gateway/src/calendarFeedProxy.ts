import type http from 'node:http';

// The calendar feeds of the weekly digest (issue 15) are served by the interventions subgraph, which keeps them:
// calendar programs subscribe at the gateway's public address and it passes GET /calendar/<secret>.ics on. The
// feed's secret is its only credential; the gateway's sign-in (a bearer token) plays no part, so a sign-in token
// put in a feed URL is refused as an unknown secret.

export const CALENDAR_PATH = /^\/calendar\/[^/]*\.ics$/;

export function createCalendarFeedProxy(subgraphs: { name: string; url: string }[]) {
  const interventions = subgraphs.find((subgraph) => subgraph.name === 'interventions');
  return async (path: string, req: http.IncomingMessage, res: http.ServerResponse): Promise<void> => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' });
      res.end('A calendar feed is read with GET.');
      return;
    }
    try {
      if (!interventions) throw new Error('no interventions subgraph');
      const answer = await fetch(new URL(path, interventions.url), { signal: AbortSignal.timeout(10_000) });
      res.writeHead(answer.status, {
        'content-type': answer.headers.get('content-type') ?? 'text/plain; charset=utf-8',
        'cache-control': 'no-store',
      });
      res.end(req.method === 'HEAD' ? undefined : await answer.text());
    } catch {
      res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8', 'retry-after': '60' });
      res.end('The calendar feed cannot be read just now: the interventions service does not answer.');
    }
  };
}
