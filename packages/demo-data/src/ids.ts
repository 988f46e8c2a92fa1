// Ids are UUIDs (version 5, name-based) of a natural key such as "school:12345678", so that they are stable for the
// same seed and the seeders of the different subgraphs can refer to each other's rows without a lookup.

import { createHash } from 'node:crypto';

// A fixed, arbitrary namespace for this project's demo data; changing it changes every id.
const NAMESPACE = Buffer.from('6f1b3c2e9a4d4b7e8c5f0a1d2e3b4c5d', 'hex');

export function uuidFromKey(key: string): string {
  const hash = createHash('sha1').update(NAMESPACE).update(key, 'utf8').digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
