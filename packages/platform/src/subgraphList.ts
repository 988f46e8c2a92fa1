import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

export interface SubgraphEntry {
  name: string;
  port: number;
  /** File name of the subgraph's SDL inside schema/. */
  sdl: string;
}

/** The repository root, found from this file (packages/platform/dist/…). */
export const repoRoot = path.resolve(__dirname, '../../..');
export const schemaDir = path.join(repoRoot, 'schema');

/** Reads schema/supergraph.yaml, the one list of subgraphs that composition, start-up and tests share. */
export function readSubgraphList(file = path.join(schemaDir, 'supergraph.yaml')): SubgraphEntry[] {
  const parsed = parse(readFileSync(file, 'utf8')) as { subgraphs?: SubgraphEntry[] };
  const list = parsed.subgraphs ?? [];
  for (const entry of list) {
    if (!/^[a-z]+$/.test(entry.name) || !Number.isInteger(entry.port) || !entry.sdl) {
      throw new Error(
        `${file}: each subgraph needs a lower-case name, a port and an sdl file (${JSON.stringify(entry)})`,
      );
    }
  }
  return list;
}

export function subgraphEntry(name: string): SubgraphEntry {
  const entry = readSubgraphList().find((candidate) => candidate.name === name);
  if (!entry) throw new Error(`No subgraph named "${name}" in schema/supergraph.yaml`);
  return entry;
}
