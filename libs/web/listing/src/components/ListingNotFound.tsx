import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import type { Ref } from 'react';
import { SEARCH_PAGE_PATH } from '../lib/listing-links';

export interface ListingNotFoundProps {
  readonly headingRef?: Ref<HTMLHeadingElement>;
}

/**
 * No listing has this id, or it is not public: the DSFR 404 page pattern (as the app's
 * NotFoundPage, which a feature cannot import), worded for a listing. A single-page app cannot
 * answer HTTP 404 here: the server has already sent the page.
 */
export function ListingNotFound({ headingRef }: ListingNotFoundProps) {
  return (
    <div className={fr.cx('fr-grid-row', 'fr-grid-row--center', 'fr-my-4w')}>
      <div className={fr.cx('fr-col-12', 'fr-col-md-8')}>
        <h1 ref={headingRef} tabIndex={-1}>
          Annonce introuvable
        </h1>
        <p className={fr.cx('fr-text--sm', 'fr-mb-3w')}>Erreur 404</p>
        <p className={fr.cx('fr-text--lead', 'fr-mb-3w')}>
          Cette annonce n'existe pas ou n'est plus visible. Excusez-nous pour la gêne occasionnée.
        </p>
        <p className={fr.cx('fr-mb-5w')}>
          Si vous avez tapé l'adresse dans votre navigateur, vérifiez qu'elle est correcte. Vous
          pouvez chercher d'autres missions ou repartir de la page d'accueil.
        </p>
        <ul className={fr.cx('fr-btns-group', 'fr-btns-group--inline-md')}>
          <li>
            <Button linkProps={{ to: SEARCH_PAGE_PATH }}>Chercher une mission</Button>
          </li>
          <li>
            <Button priority="secondary" linkProps={{ to: '/' }}>
              Page d'accueil
            </Button>
          </li>
        </ul>
      </div>
    </div>
  );
}
