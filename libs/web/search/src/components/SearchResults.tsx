import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Select } from '@codegouvfr/react-dsfr/Select';
import type { SearchSort } from '@passerelle/web-data-access';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { SearchResultsApi } from '../hooks/useSearchResults';
import { emptySuggestions } from '../lib/empty-suggestions';
import { facetLabeller } from '../lib/facets';
import { resultCountText, shownCountText } from '../lib/result-text';
import { changeSearch, formatSearchParams, type SearchUrlState } from '../lib/url-state';
import { EmptyResults } from './EmptyResults';
import { ResultCard } from './ResultCard';
import { ResultsSkeleton } from './ResultsSkeleton';
import { SearchErrorAlert } from './SearchErrorAlert';
import { RESULTS_ID } from './SearchLayout';

export interface SearchResultsProps {
  readonly state: SearchUrlState;
  readonly search: SearchResultsApi;
  readonly onChange: (next: SearchUrlState, options?: { replace?: boolean }) => void;
}

const SORTS: ReadonlyArray<{ value: SearchSort; label: string; needsPlace?: boolean }> = [
  { value: 'RELEVANCE', label: 'Pertinence' },
  { value: 'DISTANCE', label: 'Distance', needsPlace: true },
  { value: 'NEWEST', label: 'Plus récentes' },
  { value: 'STARTING_SOON', label: 'Commencent bientôt' },
];

const HEADING_ID = `${RESULTS_ID}-titre`;

/**
 * The results region: the count (a polite live region, so each search is announced), the sort,
 * then the list, its skeleton, its empty state or its error, and "load more".
 */
export function SearchResults({ state, search, onChange }: SearchResultsProps) {
  const { results, facets, loading, loadingMore, failure, retry, loadMore } = search;
  const regionRef = useRef<HTMLElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  /** Index of the first card of the page being loaded, to focus once it is shown. */
  const focusIndex = useRef<number | null>(null);
  const [loadMoreFailed, setLoadMoreFailed] = useState(false);
  const now = useMemo(() => new Date(), []);
  const departmentName = useMemo(() => facetLabeller(facets?.departments), [facets]);
  const partnerName = useMemo(() => facetLabeller(facets?.partners), [facets]);

  const edges = results?.edges ?? [];
  const shown = edges.length;

  useEffect(() => {
    const index = focusIndex.current;
    if (index === null || index >= shown) return;
    focusIndex.current = null;
    listRef.current?.children.item(index)?.querySelector<HTMLElement>('a[href]')?.focus();
  }, [shown]);

  const status = failure
    ? 'La recherche a échoué'
    : loading || !results
      ? 'Recherche en cours…'
      : resultCountText(results.totalCount);

  const onLoadMore = () => {
    focusIndex.current = shown;
    setLoadMoreFailed(false);
    loadMore().then(
      () => onChange({ ...state, page: state.page + 1 }, { replace: true }),
      () => {
        focusIndex.current = null;
        setLoadMoreFailed(true);
      },
    );
  };

  /** A suggestion replaces the empty state: the focus goes to the results' heading. */
  const onSuggestion = (next: SearchUrlState) => {
    onChange(next);
    regionRef.current?.focus();
  };

  return (
    <section
      id={RESULTS_ID}
      ref={regionRef}
      tabIndex={-1}
      aria-labelledby={HEADING_ID}
      // The search shown, as in the URL: tells scripts and tests which search the results answer.
      data-search={formatSearchParams(state)}
    >
      <div className="search-results__header">
        <h2 id={HEADING_ID} className={fr.cx('fr-h4', 'fr-mb-2w')}>
          <span role="status">{status}</span>
        </h2>
        <Select
          label="Trier par"
          nativeSelectProps={{
            name: 'tri',
            value: state.sort,
            onChange: (event) =>
              onChange(changeSearch(state, { sort: event.target.value as SearchSort })),
          }}
        >
          {SORTS.filter((sort) => !sort.needsPlace || state.place).map((sort) => (
            <option key={sort.value} value={sort.value}>
              {sort.label}
            </option>
          ))}
        </Select>
      </div>

      <div aria-busy={loading}>
        {failure ? (
          <SearchErrorAlert failure={failure} onRetry={retry} />
        ) : loading || !results ? (
          <ResultsSkeleton />
        ) : shown === 0 ? (
          <EmptyResults
            suggestions={emptySuggestions(state, {
              department: departmentName,
              partner: partnerName,
            })}
            onChoose={onSuggestion}
          />
        ) : (
          <ul ref={listRef} className="search-results__list" aria-labelledby={HEADING_ID}>
            {edges.map((edge) => (
              <li key={edge.node.id}>
                <ResultCard edge={edge} departmentName={departmentName} now={now} />
              </li>
            ))}
          </ul>
        )}
      </div>

      {results && !failure && !loading && shown > 0 ? (
        <div className={fr.cx('fr-mt-2w')}>
          {shown < results.totalCount ? (
            <p className={fr.cx('fr-text--sm')}>{shownCountText(shown, results.totalCount)}</p>
          ) : null}
          {loadMoreFailed ? (
            <Alert
              small
              severity="error"
              className={fr.cx('fr-mb-2w')}
              description="Les annonces suivantes n'ont pas pu être chargées. Réessayez."
            />
          ) : null}
          {results.pageInfo.hasNextPage ? (
            <Button priority="secondary" onClick={onLoadMore} disabled={loadingMore}>
              {loadingMore ? 'Chargement…' : 'Afficher plus de résultats'}
            </Button>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
