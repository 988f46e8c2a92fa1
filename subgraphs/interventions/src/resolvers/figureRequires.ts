// The fields each area figure requires (@requires) from the other subgraphs: the scope from schools, the high-need
// schools from outcomes, the office map from offices. Written once, so that every area asks for the same selection
// and the gateway fetches it once per area.

/**
 * The area's school units in scope, as the one compact value the schools subgraph packs them in (ScopeTable): each
 * with its organiser, organiser type, school form and municipality, enough to filter and to group it.
 */
export const FIGURE_SCOPE = 'scope { table }';

export const HIGH_NEED = 'highNeed { schoolIds }';

export const OFFICE_MAP = 'officeMap { municipalityCode officeId }';

/**
 * Every area figure here requires the scope and the high need, even those that read only the scope (follow-up
 * status, first support): with different selections on one entity, a query that mixes several aliased figures made
 * the gateway's query planner fail ("Missing FetchStep"). High need costs the outcomes subgraph one lookup.
 */
export const requires = (...selections: string[]) => `@requires(fields: "${selections.join(' ')}")`;
