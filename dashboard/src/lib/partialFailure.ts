/** The part of a GraphQL error the dashboard reads to tell which panel lost which part of the graph. */
export interface GraphQLErrorLike {
  message: string;
  path?: readonly (string | number)[];
  extensions?: Record<string, unknown>;
}

/** A part of the graph that did not answer: the subgraph's name and the field it left empty. */
export interface MissingPart {
  subgraph: string;
  path: string;
}

/** The parts of the answer left empty because a subgraph was unavailable (extensions.code SUBGRAPH_UNAVAILABLE). */
export function unavailableParts(errors: readonly GraphQLErrorLike[] | undefined): MissingPart[] {
  return (errors ?? [])
    .filter((error) => error.extensions?.code === 'SUBGRAPH_UNAVAILABLE')
    .map((error) => ({
      subgraph: String(error.extensions?.serviceName ?? 'unknown'),
      path: (error.path ?? []).filter((part) => typeof part === 'string').join('.'),
    }));
}

/**
 * The subgraphs missing under a field path: a panel showing `county.coverage` names those whose errors are at that
 * path, inside it, or above it (an error on `county` empties every panel of the county).
 */
export function missingUnder(parts: readonly MissingPart[], fieldPath: string): string[] {
  const names = parts
    .filter(
      (part) =>
        part.path === fieldPath || part.path.startsWith(`${fieldPath}.`) || fieldPath.startsWith(`${part.path}.`),
    )
    .map((part) => part.subgraph);
  return [...new Set(names)].sort();
}

/** Whether the errors include one that is not a down subgraph (which the page shows as an error, not a gap). */
export function otherErrors(errors: readonly GraphQLErrorLike[] | undefined): GraphQLErrorLike[] {
  return (errors ?? []).filter((error) => error.extensions?.code !== 'SUBGRAPH_UNAVAILABLE');
}
