import { LazySearchMap } from '@passerelle/web-map';
import {
  changeSearch,
  SearchScreen,
  toSearchInput,
  useSearchUrlState,
} from '@passerelle/web-search';
import { useMemo } from 'react';

/** /recherche: the search page, loaded on demand (its own chunk), with its map (lazy). */
export function SearchPage() {
  const { state, go } = useSearchUrlState();
  const input = useMemo(() => toSearchInput(state), [state]);
  return (
    <SearchScreen
      map={
        <LazySearchMap
          input={input}
          zone={state.zone}
          place={state.place}
          onSearchArea={(zone) => go(changeSearch(state, { zone }))}
          onClearArea={() => go(changeSearch(state, { zone: null }))}
        />
      }
    />
  );
}
