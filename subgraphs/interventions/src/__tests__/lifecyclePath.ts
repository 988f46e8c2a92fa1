import { LIFECYCLE_DATE_FIELDS, TRANSITIONS, type LifecycleRecord, type LifecycleStatus } from '@lagesbild/domain';
import { movedRecord } from '../services/interventionRules';

/** The statuses to move through from IDENTIFIED to `status`, found from TRANSITIONS (breadth first). */
export function pathTo(status: LifecycleStatus): LifecycleStatus[] {
  const paths = new Map<LifecycleStatus, LifecycleStatus[]>([['IDENTIFIED', []]]);
  const queue: LifecycleStatus[] = ['IDENTIFIED'];
  while (queue.length > 0) {
    const from = queue.shift()!;
    for (const to of TRANSITIONS[from]) {
      if (paths.has(to)) continue;
      paths.set(to, [...paths.get(from)!, to]);
      queue.push(to);
    }
  }
  const found = paths.get(status);
  if (!found) throw new Error(`No path to ${status}`);
  return found;
}

/** A consistent record at `status`, every step taken on `day`. */
export function recordAt(status: LifecycleStatus, day: string): LifecycleRecord {
  const undated = Object.fromEntries(LIFECYCLE_DATE_FIELDS.map((field) => [field, null]));
  const identified = { ...undated, status: 'IDENTIFIED', identifiedOn: day } as LifecycleRecord;
  return pathTo(status).reduce((record: LifecycleRecord, step) => movedRecord(record, step, day), identified);
}
