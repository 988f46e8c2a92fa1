import { createHash } from 'node:crypto';

// Ids are name-based UUIDs (version 5) of a natural key, so that every subgraph, the importer and the demo data
// derive the same id for the same organisation number or school-unit code without asking anyone.

// A fixed, arbitrary namespace for this project; changing it changes every id.
const NAMESPACE = Buffer.from('6f1b3c2e9a4d4b7e8c5f0a1d2e3b4c5d', 'hex');

export function uuidFromKey(key: string): string {
  const hash = createHash('sha1').update(NAMESPACE).update(key, 'utf8').digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** An organiser's id, from its organisation number (NNNNNN-NNNN). */
export const organiserIdOf = (organisationNumber: string): string => uuidFromKey(`organiser:${organisationNumber}`);

/** A school unit's id, from its eight-digit school-unit code. */
export const schoolIdOf = (unitCode: string): string => uuidFromKey(`school:${unitCode}`);
