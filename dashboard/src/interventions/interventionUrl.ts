// The list's view in the URL (issue #15: "the URL holds the view"): filters, order and the page's cursor, so that
// a view can be shared and survives a reload. Pure, for unit tests.

export const STATUSES = [
  'IDENTIFIED',
  'OFFERED',
  'ACCEPTED',
  'DECLINED',
  'ONGOING',
  'COMPLETED',
  'FOLLOWED_UP',
  'CANCELLED',
] as const;
export const ORIGINS = ['OUTREACH', 'REQUEST', 'PROGRAMME_REFERRAL'] as const;
export const SORT_FIELDS = ['IDENTIFIED_ON', 'REFERENCE', 'STATUS', 'KIND'] as const;

export interface InterventionView {
  status: string | null;
  kind: string | null;
  origin: string | null;
  organiser: string | null;
  sort: (typeof SORT_FIELDS)[number];
  descending: boolean;
  after: string | null;
}

const KEYS = { status: 'status', kind: 'typ', origin: 'ursprung', organiser: 'huvudman', after: 'efter' } as const;

export function parseView(search: string): InterventionView {
  const params = new URLSearchParams(search);
  const sort = params.get('sortering');
  return {
    status: params.get(KEYS.status),
    kind: params.get(KEYS.kind),
    origin: params.get(KEYS.origin),
    organiser: params.get(KEYS.organiser),
    sort: (SORT_FIELDS as readonly string[]).includes(sort ?? '')
      ? (sort as InterventionView['sort'])
      : 'IDENTIFIED_ON',
    descending: params.get('fallande') !== 'nej',
    after: params.get(KEYS.after),
  };
}

export function viewToSearch(view: InterventionView): string {
  const params = new URLSearchParams();
  for (const key of ['status', 'kind', 'origin', 'organiser', 'after'] as const) {
    const value = view[key];
    if (value) params.set(KEYS[key], value);
  }
  if (view.sort !== 'IDENTIFIED_ON') params.set('sortering', view.sort);
  if (!view.descending) params.set('fallande', 'nej');
  const text = params.toString();
  return text ? `?${text}` : '';
}
