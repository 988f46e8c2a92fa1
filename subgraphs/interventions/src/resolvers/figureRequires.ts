// The fields each area figure requires (@requires) from the other subgraphs: the scope from schools, the high-need
// schools from outcomes, the office map from offices. Written once, so that every area asks for the same selection
// and the gateway fetches it once per area.

/**
 * The area's school units in scope, as the one compact value the schools subgraph packs them in (ScopeTable): each
 * with its organiser, organiser type, school form and municipality, enough to filter and to group it.
 */
const FIGURE_SCOPE = 'scope { table }';

const HIGH_NEED = 'highNeed { schoolIds }';

const OFFICE_MAP = 'officeMap { municipalityCode officeId }';

const requires = (...selections: string[]) => `@requires(fields: "${selections.join(' ')}")`;

/**
 * What every area figure here requires: the scope and the high need, even the figures that read only the scope
 * (follow-up status, the overdue list, first support). With different selections on one entity, a query that mixed
 * several aliased figures made the gateway's query planner fail ("Missing FetchStep"); one selection for all keeps
 * that from coming back. High need costs the outcomes subgraph one lookup.
 */
export const AREA_FIGURE_REQUIRES = requires(FIGURE_SCOPE, HIGH_NEED);

/** The nation's figures grouped by a dimension: the same, and the office map to group by office. */
export const NATION_GROUPS_REQUIRES = requires(FIGURE_SCOPE, HIGH_NEED, OFFICE_MAP);
