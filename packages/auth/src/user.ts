import { COUNTIES, isOfficeId } from '@lagesbild/reference-data';

/**
 * The roles of issue #5. leadership and analyst read everything national (analysts also explore the graph);
 * regional managers read only their counties; office staff read their office's area and write its interventions;
 * admins import and read the audit log.
 */
export const ROLES = ['leadership', 'analyst', 'regional', 'office', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export interface User {
  /** The token's subject: who the user is at the identity provider. */
  subject: string;
  name: string | null;
  role: Role;
  /** County codes a regional manager may read. */
  counties: string[];
  /** The office an office user belongs to. */
  officeId: string | null;
}

export class AuthError extends Error {
  readonly code = 'UNAUTHENTICATED';
}

const countyCodes = new Set(COUNTIES.map((county) => county.code));

/**
 * Reads a token's claims into a user: `sub`, `name`, `role`, `counties` (regional) and `office` (office). A token
 * that names no valid role, or a regional manager without counties, is refused rather than read as "no access",
 * so that a misconfigured identity provider is noticed at once.
 */
export function userFromClaims(claims: Record<string, unknown>): User {
  const role = claims.role;
  if (typeof role !== 'string' || !(ROLES as readonly string[]).includes(role)) {
    throw new AuthError(`The sign-in token names no known role (one of ${ROLES.join(', ')}).`);
  }
  if (typeof claims.sub !== 'string' || claims.sub === '') throw new AuthError('The sign-in token has no subject.');
  const counties = Array.isArray(claims.counties) ? claims.counties.map(String) : [];
  const unknown = counties.filter((code) => !countyCodes.has(code));
  if (unknown.length > 0) throw new AuthError(`The sign-in token names unknown counties: ${unknown.join(', ')}.`);
  if (role === 'regional' && counties.length === 0) {
    throw new AuthError('A regional manager’s sign-in token must name the counties (counties claim).');
  }
  const officeId = typeof claims.office === 'string' ? claims.office.toUpperCase() : null;
  if (role === 'office' && (!officeId || !isOfficeId(officeId))) {
    throw new AuthError('An office user’s sign-in token must name a valid office (office claim, e.g. "UME").');
  }
  return {
    subject: claims.sub,
    name: typeof claims.name === 'string' ? claims.name : null,
    role: role as Role,
    counties: role === 'regional' ? [...new Set(counties)].sort() : [],
    officeId: role === 'office' ? officeId : null,
  };
}
