import type { User } from '@lagesbild/auth';
import { forbidden, type RequestIdentity } from '@lagesbild/subgraph-kit';
import type { Intervention } from '../entities/intervention.entity';

/**
 * Office staff write the interventions and follow-ups of their own office, and no one else writes them by hand
 * (issue #5: admins import files, the national roles read). The resolvers' @Authorized('office') lets only office
 * staff in; this names the office.
 */
export function assertOfficeWrites(user: User, officeId: string): void {
  if (user.role !== 'office' || user.officeId !== officeId) {
    throw forbidden(
      `Only staff of office ${officeId} may change its interventions and follow-ups` +
        (user.officeId ? `; you work at office ${user.officeId}.` : '.'),
    );
  }
}

/** An intervention on its own is for the national roles and for its own office's staff. */
export function mayReadIntervention({ scope, user }: RequestIdentity, intervention: Pick<Intervention, 'officeId'>) {
  return scope.all || (user.role === 'office' && user.officeId === intervention.officeId);
}

/**
 * The root lists of interventions: national roles see all, office staff their office's. A regional manager reads
 * the interventions of their county through its figures and lists (county(code) { … }), which count only what lies
 * in the county, rather than through a list of interventions whose area this subgraph cannot tell by itself.
 */
export function interventionListScope({ scope, user }: RequestIdentity): { officeId: string | null } {
  if (scope.all) return { officeId: null };
  if (user.role === 'office' && user.officeId) return { officeId: user.officeId };
  throw forbidden(
    'Lists of interventions are for the national roles and office staff; read your county’s through county(code).',
  );
}
