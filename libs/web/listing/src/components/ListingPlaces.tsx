import { fr } from '@codegouvfr/react-dsfr';
import { GEO_PRECISION_LABELS, placeAddressLines } from '../lib/listing-labels';
import type { ListingPlace } from '../lib/listing-types';

export interface ListingPlacesProps {
  readonly places: readonly ListingPlace[];
  /** Id of the heading that names the list (the section's "Lieu" / "Lieux"). */
  readonly labelledBy?: string;
}

/**
 * The places of a listing as a list: address lines, then how precisely the place is known
 * ("Lieu précis", "Commune", "Département"). The map of these places goes beside this list.
 */
export function ListingPlaces({ places, labelledBy }: ListingPlacesProps) {
  return (
    <ul className={fr.cx('fr-raw-list')} aria-labelledby={labelledBy}>
      {places.map((place, index) => {
        const lines = placeAddressLines(place);
        return (
          <li key={index} className={fr.cx('fr-mb-2w')}>
            <p className={fr.cx('fr-mb-0')}>
              {lines.length > 0
                ? lines.map((line, lineIndex) => (
                    <span key={lineIndex} style={{ display: 'block' }}>
                      {line}
                    </span>
                  ))
                : 'Adresse non précisée'}
            </p>
            {place.precision && (
              <p
                className={fr.cx('fr-text--xs', 'fr-mb-0')}
                style={{ color: fr.colors.decisions.text.mention.grey.default }}
              >
                Précision&nbsp;: {GEO_PRECISION_LABELS[place.precision]}
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
