// The environment variable names that connect the services, in one place. See README "Configuration".

/** The gateway reads a subgraph's URL from here, e.g. OFFICES_SUBGRAPH_URL. */
export const subgraphUrlVar = (name: string): string => `${name.toUpperCase()}_SUBGRAPH_URL`;

/** `npm start` moves a subgraph off its supergraph.yaml port when this is set, e.g. SCHOOLS_PORT. */
export const subgraphPortVar = (name: string): string => `${name.toUpperCase()}_PORT`;

/** A subgraph (or the launcher) reads its own database URL from here, e.g. SCHOOLS_DATABASE_URL. */
export const databaseUrlVar = (name: string): string => `${name.toUpperCase()}_DATABASE_URL`;

/** The URL a subgraph has on one machine, which is also the URL written into the committed supergraph. */
export const localSubgraphUrl = (port: number): string => `http://127.0.0.1:${port}/graphql`;

/** The URL a subgraph serves requests with: a role that owns nothing, under row-level security. */
export const runtimeDatabaseUrlVar = (name: string): string => `${name.toUpperCase()}_RUNTIME_DATABASE_URL`;

/** The login role a subgraph serves requests as, beside the role that owns its tables. */
export const runtimeRoleName = (name: string): string => `${databaseName(name)}_runtime`;

/** Database and login role of a subgraph on a shared PostgreSQL server. */
export const databaseName = (name: string): string => `lagesbild_${name}`;
