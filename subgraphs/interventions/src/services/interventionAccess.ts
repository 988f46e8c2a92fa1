import type { User } from '@lagesbild/auth';
import { forbidden, type RequestIdentity } from '@lagesbild/subgraph-kit';
import type { Intervention } from '../entities/intervention.entity';

/**
 * Office staff write the interventions and follow-ups of their own office, and no one else writes them by hand
 * (issue #5: admins import files, the national roles read). The resolvers' @Authorized('office') lets only office
 * staff in; this names the office.
 */
export function assertOfficeWrites(user: User, officeId: string): void {
  if (!mayChangeIntervention(user, officeId)) {
    throw forbidden(
      `Only staff of office ${officeId} may change its interventions and follow-ups` +
        (user.officeId ? `; you work at office ${user.officeId}.` : '.'),
    );
  }
}

/** The one rule of who writes an office's interventions, for the check and for clients that offer writes. */
export function mayChangeIntervention(user: User, officeId: string): boolean {
  return user.role === 'office' && user.officeId === officeId;
}

/**
 * An intervention on its own is for the national roles, its own office's staff, and the regional managers of the
 * counties where its organiser is active (issue #15: they read their counties' work). For a manager the row was
 * read under row-level security, which lets through only those (organiser_area), so a row they hold is theirs.
 */
export function mayReadIntervention({ scope, user }: RequestIdentity, intervention: Pick<Intervention, 'officeId'>) {
  return scope.all || user.role === 'regional' || (user.role === 'office' && user.officeId === intervention.officeId);
}

/**
 * The root lists of interventions: national roles see all, office staff their office's, and a regional manager
 * those whose organiser is active in their counties, which row-level security narrows the list to (the same rule
 * as mayReadIntervention).
 */
export function interventionListScope({ scope, user }: RequestIdentity): { officeId: string | null } {
  if (scope.all || user.role === 'regional') return { officeId: null };
  if (user.role === 'office' && user.officeId) return { officeId: user.officeId };
  throw forbidden('Lists of interventions are for the national roles, regional managers and office staff.');
}
