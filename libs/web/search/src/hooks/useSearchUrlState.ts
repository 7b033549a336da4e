import { useCallback, useMemo } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { formatSearchParams, parseSearchParams, type SearchUrlState } from '../lib/url-state';

export interface SearchUrlStateApi {
  /** The search the URL describes: the only source of truth of the page. */
  readonly state: SearchUrlState;
  /**
   * Shows another search: a new history entry (the back button returns to this one), or the
   * current entry replaced (`replace`, for "load more").
   */
  readonly go: (next: SearchUrlState, options?: { replace?: boolean }) => void;
}

/** Reads and writes the search in the query string of the current page. */
export function useSearchUrlState(): SearchUrlStateApi {
  const { pathname, search } = useLocation();
  const navigate = useNavigate();
  const state = useMemo(() => parseSearchParams(new URLSearchParams(search)), [search]);

  const go = useCallback(
    (next: SearchUrlState, options: { replace?: boolean } = {}) => {
      const query = formatSearchParams(next);
      if (query === formatSearchParams(state)) return;
      void navigate(
        { pathname, search: query },
        { replace: options.replace ?? false, preventScrollReset: true },
      );
    },
    [navigate, pathname, state],
  );

  return { state, go };
}
