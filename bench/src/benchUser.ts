import { issueDevToken, signSubgraphRequest, userFromClaims } from '@lagesbild/auth';

// The benchmark reads as one analyst (the national role that may send ad-hoc queries): a sign-in token for the
// gateways, and the signature the Hive gateway would add, for the requests sent straight to the subgraphs.

const ANALYST = { role: 'analyst', sub: 'bench' } as const;

export function benchToken(dataDir: string): Promise<string> {
  return issueDevToken(dataDir, { role: ANALYST.role, subject: ANALYST.sub, expiresIn: '12h' });
}

/** Signs a subgraph request's body for the bench analyst, with the platform's secret (SUBGRAPH_SIGNING_SECRET). */
export function signedForBench(
  body: string,
  secret = process.env.SUBGRAPH_SIGNING_SECRET ?? '',
): Record<string, string> {
  return signSubgraphRequest(secret, userFromClaims(ANALYST), body);
}
