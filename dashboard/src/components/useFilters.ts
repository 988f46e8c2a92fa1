import { useCallback, useMemo } from 'react';
import { navigate, useUrl } from '../app/router';
import { filtersToSearch, parseFilters, type Filters } from '../lib/filters';

/** The page's filters, read from and written to the URL (replacing the entry, so Back leaves the page). */
export function useFilters(): [Filters, (change: Partial<Filters>) => void] {
  const { pathname, search } = useUrl();
  const filters = useMemo(() => parseFilters(search), [search]);
  const setFilters = useCallback(
    (change: Partial<Filters>) => navigate(pathname + filtersToSearch({ ...filters, ...change }), { replace: true }),
    [pathname, filters],
  );
  return [filters, setFilters];
}
