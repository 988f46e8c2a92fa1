// The fields each area figure requires (@requires) from the other subgraphs: the scope from schools, the high-need
// schools from outcomes, the office map from offices. Written once, so that every area asks for the same selection
// and the gateway fetches it once per area.

/** What the figures read of each school unit in scope: enough to filter and to group it. */
export const FIGURE_SCOPE = 'scope { schools { id organiserId organiserType schoolForm municipalityCode } }';

export const HIGH_NEED = 'highNeed { schoolIds }';

export const OFFICE_MAP = 'officeMap { municipalityCode officeId }';

/** The selection the outcomes subgraph's contract names for firstSupport. */
export const SUPPORT_SCOPE = 'scope { schools { id organiserId } }';

export const requires = (...selections: string[]) => `@requires(fields: "${selections.join(' ')}")`;
