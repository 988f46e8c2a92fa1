import { requiredScopeSchools } from '@lagesbild/reporting';
import type { AreaEntity } from '../external/area';
import type { RequiredScope } from '../services/areaScope';

// The scope comes as the one compact value the schools subgraph packs it in (ScopeTable): every figure asks for the
// same selection, so the gateway fetches it once per area.
const SCOPE_SELECTION = 'scope { table }';

export const SCOPE = `@requires(fields: "${SCOPE_SELECTION}")`;

/** The scope and, for comparing supported schools, when each unit was first supported (interventions subgraph). */
export const SCOPE_AND_SUPPORT = `@requires(fields: "${SCOPE_SELECTION} firstSupport { schoolId firstSupportOn }")`;

/** The school units the area's representation carries in, or null when the schools service gave none. */
export function requiredScope(area: AreaEntity): RequiredScope | null {
  const schools = requiredScopeSchools(area.scope);
  return schools && { schools };
}
