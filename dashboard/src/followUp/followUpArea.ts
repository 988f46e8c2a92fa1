import type { Filters } from '../lib/filters';
import { mayReadCounty, mayReadNation, type SessionUser } from '../lib/token';

/** Which area the follow-up page reports on, or why it may not: the role decides before the graph is asked. */
export type FollowUpArea =
  | { kind: 'nation' }
  | { kind: 'county'; county: string }
  | { kind: 'office'; office: string }
  | { kind: 'denied'; what: string };

/**
 * Office staff see their office; a regional manager a county of theirs (the office filter then narrows the lists);
 * national roles the office or county chosen, or the nation.
 */
export function followUpArea(filters: Filters, user: SessionUser | null): FollowUpArea {
  if (user?.role === 'office') {
    const office = filters.office ?? user.office;
    return office && office === user.office ? { kind: 'office', office } : { kind: 'denied', what: office ?? '' };
  }
  if (user?.role === 'regional') {
    const county = filters.county ?? user.counties[0];
    return county && mayReadCounty(user, county) ? { kind: 'county', county } : { kind: 'denied', what: county ?? '' };
  }
  if (filters.office) return { kind: 'office', office: filters.office };
  if (filters.county) return { kind: 'county', county: filters.county };
  return mayReadNation(user) ? { kind: 'nation' } : { kind: 'denied', what: '' };
}
