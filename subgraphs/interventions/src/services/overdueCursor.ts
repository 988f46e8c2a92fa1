import { badUserInput, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '@lagesbild/subgraph-kit';

// The overdue list is ordered by due date, then id, so its cursor holds both. The kit's paginate() pages by one
// unique key through TypeORM, and this list is paged inside one statement for many areas; the page sizes, the
// cursor's encoding and the error codes and messages are the kit's.

/** Where a page of overdue follow-ups ends: the last follow-up's due date and id. */
export interface OverdueCursor {
  dueOn: string;
  id: string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The page size asked for, 1 to MAX_PAGE_SIZE, DEFAULT_PAGE_SIZE when left out. */
export function overduePageSize(first: number | null | undefined): number {
  if (first == null) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw badUserInput(`first must be between 1 and ${MAX_PAGE_SIZE}, not ${first}.`, 'first');
  }
  return first;
}

export function encodeOverdueCursor(cursor: OverdueCursor): string {
  return Buffer.from(JSON.stringify([cursor.dueOn, cursor.id])).toString('base64url');
}

export function decodeOverdueCursor(after: string | null | undefined): OverdueCursor | null {
  if (after == null) return null;
  try {
    const decoded: unknown = JSON.parse(Buffer.from(after, 'base64url').toString('utf8'));
    if (Array.isArray(decoded) && decoded.length === 2) {
      const [dueOn, id] = decoded as unknown[];
      if (typeof dueOn === 'string' && ISO_DATE.test(dueOn) && typeof id === 'string' && UUID.test(id)) {
        return { dueOn, id };
      }
    }
  } catch {
    // fall through to the error below
  }
  throw badUserInput('after is not a cursor this list gave out; pass a pageInfo.endCursor.', 'after');
}
