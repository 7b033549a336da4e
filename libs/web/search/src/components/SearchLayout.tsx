import { fr } from '@codegouvfr/react-dsfr';
import type { ReactNode } from 'react';
import './search.css';

/** Target of the skip link: the results region (heading, sort, list). */
export const RESULTS_ID = 'resultats';

export interface SearchLayoutProps {
  /** The filters sidebar. */
  readonly filters: ReactNode;
  /** The results: count, sort, list. The list is the primary way to browse. */
  readonly results: ReactNode;
  /**
   * A complement to the list (the map), rendered after it in the DOM and beside it on large
   * screens. Its owner brings its own keyboard use and, on small screens, its list/map toggle.
   */
  readonly map?: ReactNode;
}

/**
 * Columns of the search page: filters, then the results, then the optional map. A skip link
 * jumps over the filters to the results.
 */
export function SearchLayout({ filters, results, map }: SearchLayoutProps) {
  return (
    <>
      <a
        href={`#${RESULTS_ID}`}
        className={`${fr.cx('fr-link')} search-skip-link`}
        onClick={(event) => {
          // Focus the results without adding "#resultats" to the history.
          const target = document.getElementById(RESULTS_ID);
          if (!target) return;
          event.preventDefault();
          target.focus();
        }}
      >
        Aller à la liste des résultats
      </a>
      <div className={fr.cx('fr-grid-row', 'fr-grid-row--gutters')}>
        <div className={fr.cx('fr-col-12', 'fr-col-md-4', 'fr-col-lg-3')}>{filters}</div>
        <div
          className={
            map
              ? fr.cx('fr-col-12', 'fr-col-md-8', 'fr-col-lg-5')
              : fr.cx('fr-col-12', 'fr-col-md-8', 'fr-col-lg-9')
          }
        >
          {results}
        </div>
        {map ? <div className={fr.cx('fr-col-12', 'fr-col-lg-4')}>{map}</div> : null}
      </div>
    </>
  );
}
