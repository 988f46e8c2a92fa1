import { schemaDir } from '@lagesbild/platform';
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** A named operation's text from schema/operations, to ask the graph what the page should show. */
export function operation(name: string): string {
  return readFileSync(path.join(schemaDir, 'operations', `${name}.graphql`), 'utf8');
}
