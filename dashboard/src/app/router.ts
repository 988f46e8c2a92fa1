import { useSyncExternalStore } from 'react';

// A small router on the History API: a handful of pages and a sign-in page need no routing library, and the initial
// bundle stays small. Paths are Swedish, as the URLs users share are.

export type PageName =
  | 'overview'
  | 'county'
  | 'followUp'
  | 'digest'
  | 'equity'
  | 'earlySignals'
  | 'explorer'
  | 'interventions'
  | 'intervention'
  | 'newIntervention'
  | 'signIn'
  | 'notFound';

export const PAGE_PATHS: Record<Exclude<PageName, 'notFound'>, string> = {
  overview: '/',
  county: '/lan',
  followUp: '/uppfoljning',
  digest: '/veckosammanstallning',
  equity: '/likvardighet',
  earlySignals: '/tidiga-signaler',
  explorer: '/utforska',
  interventions: '/insatser',
  intervention: '/insats',
  newIntervention: '/insatser/ny',
  signIn: '/logga-in',
};

export function pageOf(pathname: string): PageName {
  const path = pathname.replace(/\/+$/, '') || '/';
  const entry = Object.entries(PAGE_PATHS).find(([, pagePath]) => pagePath === path);
  return entry ? (entry[0] as PageName) : 'notFound';
}

const NAVIGATED = 'lagesbild:navigate';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAVIGATED, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAVIGATED, onChange);
  };
}

const currentUrl = () => window.location.pathname + window.location.search;

/** The current path and query string; re-renders on navigation. */
export function useUrl(): { pathname: string; search: string } {
  const url = useSyncExternalStore(subscribe, currentUrl);
  const [pathname, search = ''] = url.split('?');
  return { pathname, search: search ? `?${search}` : '' };
}

/** Goes to a URL of the dashboard; `replace` keeps the history from filling with every filter change. */
export function navigate(url: string, options: { replace?: boolean } = {}): void {
  if (url === currentUrl()) return;
  if (options.replace) window.history.replaceState(null, '', url);
  else window.history.pushState(null, '', url);
  window.dispatchEvent(new Event(NAVIGATED));
}
