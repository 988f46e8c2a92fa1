/** How long a subgraph may take to say it is ready before it counts as down. */
const READY_TIMEOUT_MS = 2000;

/** One subgraph as the gateway sees it: for admins only, since it names internal addresses. */
export interface SubgraphStatus {
  name: string;
  url: string;
  ready: boolean;
  /** Why it is not ready, in words. */
  reason?: string;
}

/**
 * The gateway's readiness, fit for a load balancer or Kubernetes: about this gateway alone. It is ready while its
 * supergraph is loaded and at least one subgraph answers ready, since the gateway then answers that subgraph's
 * fields and marks the others' SUBGRAPH_UNAVAILABLE. A readiness that required every subgraph would take every
 * gateway out of service when one subgraph is down, and turn a partial failure into a full outage (issue #14).
 * Public, so it names no subgraph and no address; /status has those, for admins.
 */
export interface Readiness {
  ready: boolean;
  supergraphLoaded: boolean;
  subgraphsReady: number;
  subgraphs: number;
}

async function subgraphStatus(name: string, graphqlUrl: string): Promise<SubgraphStatus> {
  const url = new URL('/readyz', graphqlUrl);
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(READY_TIMEOUT_MS) });
    if (response.ok) return { name, url: graphqlUrl, ready: true };
    const body = (await response.json().catch(() => ({}))) as { down?: string[] };
    const reason = `${name} answered ${response.status}${body.down ? ` (${body.down.join(', ')} down)` : ''}`;
    return { name, url: graphqlUrl, ready: false, reason };
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).name;
    return { name, url: graphqlUrl, ready: false, reason: `${name} did not answer at ${url.origin} (${cause})` };
  }
}

/** Every subgraph's readiness, asked at once. */
export function checkSubgraphs(subgraphs: { name: string; url: string }[]): Promise<SubgraphStatus[]> {
  return Promise.all(subgraphs.map(({ name, url }) => subgraphStatus(name, url)));
}

/** Readiness from the runtime's own check (is the supergraph loaded?) and the subgraphs' answers. */
export function readinessOf(supergraphLoaded: boolean, statuses: SubgraphStatus[]): Readiness {
  const subgraphsReady = statuses.filter((status) => status.ready).length;
  return {
    ready: supergraphLoaded && subgraphsReady > 0,
    supergraphLoaded,
    subgraphsReady,
    subgraphs: statuses.length,
  };
}
