import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { SubgraphDefinition } from './runSubgraph';

/** Loads the subgraph definition a subgraph package exports (its package.json main), for the kit's command-line tools. */
export async function loadSubgraphDefinition(folder: string): Promise<SubgraphDefinition<never>> {
  const resolved = path.resolve(folder);
  const exported = Object.values(
    (await import(pathToFileURL(require.resolve(resolved)).href)) as Record<string, unknown>,
  );
  const definition = exported.find(
    (value): value is SubgraphDefinition<never> =>
      typeof value === 'object' && value !== null && 'buildSchema' in value && 'seeder' in value,
  );
  if (!definition) throw new Error(`${resolved} exports no subgraph definition`);
  return definition;
}
