/** How long a subgraph may take to say it is ready before it counts as down. */
const READY_TIMEOUT_MS = 2000;

export interface Readiness {
  ready: boolean;
  /** Subgraphs that did not answer ready, with what went wrong. */
  down: { subgraph: string; reason: string }[];
}

async function subgraphReadiness(name: string, graphqlUrl: string): Promise<string | null> {
  const url = new URL('/readyz', graphqlUrl);
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(READY_TIMEOUT_MS) });
    if (response.ok) return null;
    const body = (await response.json().catch(() => ({}))) as { down?: string[] };
    return `${name} answered ${response.status}${body.down ? ` (${body.down.join(', ')} down)` : ''}`;
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).name;
    return `${name} did not answer at ${url.origin} (${cause})`;
  }
}

/** Ready only when every subgraph, and through it every database, answers. */
export async function checkReadiness(subgraphs: { name: string; url: string }[]): Promise<Readiness> {
  const results = await Promise.all(
    subgraphs.map(async ({ name, url }) => ({ subgraph: name, reason: await subgraphReadiness(name, url) })),
  );
  const down = results.filter((result): result is { subgraph: string; reason: string } => result.reason !== null);
  return { ready: down.length === 0, down };
}
