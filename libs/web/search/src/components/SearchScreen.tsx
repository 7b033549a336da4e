import { fr } from '@codegouvfr/react-dsfr';
import { useDocumentTitle } from '@passerelle/web-ui';
import type { ReactNode } from 'react';
import { useSearchResults } from '../hooks/useSearchResults';
import { useSearchUrlState } from '../hooks/useSearchUrlState';
import { FiltersPanel } from './FiltersPanel';
import { SearchForm } from './SearchForm';
import { SearchLayout } from './SearchLayout';
import { SearchResults } from './SearchResults';

export interface SearchScreenProps {
  /** The map, shown beside the list (see SearchLayout). */
  readonly map?: ReactNode;
}

/** The search page (/recherche): form, filters, results; its whole state is in the URL. */
export function SearchScreen({ map }: SearchScreenProps) {
  const { state, go } = useSearchUrlState();
  const search = useSearchResults(state);
  useDocumentTitle(state.q ? `Recherche « ${state.q} »` : 'Rechercher une mission');

  return (
    <div className={fr.cx('fr-container', 'fr-my-4w')}>
      <h1>Rechercher une mission ou une offre d'entraide</h1>
      <SearchForm state={state} onSearch={go} />
      <SearchLayout
        filters={<FiltersPanel state={state} facets={search.facets} onChange={go} />}
        results={<SearchResults state={state} search={search} onChange={go} />}
        map={map}
      />
    </div>
  );
}
