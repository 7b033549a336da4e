import { useQuery } from '@apollo/client/react';
import { fr } from '@codegouvfr/react-dsfr';
import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';
import { ListingPageDocument } from '@passerelle/web-data-access';
import { useDocumentTitle } from '@passerelle/web-ui';
import { useEffect, useRef } from 'react';
import { useParams } from 'react-router';
import { listingUrl, SEARCH_PAGE_PATH } from '../lib/listing-links';
import { ListingLoadError } from './ListingLoadError';
import { ListingNotFound } from './ListingNotFound';
import { ListingSkeleton } from './ListingSkeleton';
import { ListingView } from './ListingView';

/**
 * Route `/annonces/:id`: one listing, read from the API. Loading shows a skeleton, a failure an
 * alert with "Réessayer", an unknown id a 404 page; expired, closed and withdrawn listings stay
 * readable with an alert. Once the listing (or the 404) is shown, the focus moves to its title,
 * so that screen readers start there.
 */
export function ListingPage() {
  const { id = '' } = useParams<{ id: string }>();
  const { data, loading, error, refetch } = useQuery(ListingPageDocument, {
    variables: { id },
    notifyOnNetworkStatusChange: true,
  });
  const headingRef = useRef<HTMLHeadingElement>(null);

  const listing = data?.listing;
  const state = loading ? 'loading' : error ? 'error' : listing ? 'found' : 'not-found';
  useDocumentTitle(
    state === 'found' && listing
      ? listing.title
      : state === 'not-found'
        ? 'Annonce introuvable'
        : state === 'error'
          ? "Impossible de charger l'annonce"
          : "Chargement de l'annonce",
  );

  const shownId = state === 'found' ? listing?.id : state === 'not-found' ? `404:${id}` : null;
  useEffect(() => {
    if (!shownId) return;
    // After the effects of this commit, the layout's own "focus the main content on a new
    // address" included: the title wins.
    const frame = requestAnimationFrame(() => headingRef.current?.focus({ preventScroll: true }));
    return () => cancelAnimationFrame(frame);
  }, [shownId]);

  return (
    <div className={fr.cx('fr-container', 'fr-mb-6w')}>
      {state !== 'not-found' && (
        <Breadcrumb
          homeLinkProps={{ to: '/' }}
          segments={[{ label: 'Annonces', linkProps: { to: SEARCH_PAGE_PATH } }]}
          currentPageLabel={state === 'found' && listing ? listing.title : 'Annonce'}
        />
      )}
      {state === 'loading' ? (
        <ListingSkeleton />
      ) : state === 'error' ? (
        <ListingLoadError onRetry={() => void refetch()} />
      ) : state === 'found' && listing ? (
        <ListingView
          listing={listing}
          pageUrl={listingUrl(window.location.origin, listing.id)}
          headingRef={headingRef}
        />
      ) : (
        <ListingNotFound headingRef={headingRef} />
      )}
    </div>
  );
}
