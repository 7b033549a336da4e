import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import type { Suggestion } from '../lib/empty-suggestions';
import type { SearchUrlState } from '../lib/url-state';

export interface EmptyResultsProps {
  readonly suggestions: readonly Suggestion[];
  readonly onChoose: (next: SearchUrlState) => void;
}

/** No result: say so, and offer the searches most likely to find something. */
export function EmptyResults({ suggestions, onChoose }: EmptyResultsProps) {
  return (
    <div className={fr.cx('fr-py-3w')}>
      <h3 className={fr.cx('fr-h5')}>Aucune annonce ne correspond à cette recherche</h3>
      {suggestions.length > 0 ? (
        <>
          <p id="suggestions-titre">Vous pouvez élargir la recherche :</p>
          <ul
            aria-labelledby="suggestions-titre"
            className={fr.cx('fr-btns-group', 'fr-btns-group--inline-md', 'fr-btns-group--sm')}
          >
            {suggestions.map((suggestion) => (
              <li key={suggestion.key}>
                <Button priority="secondary" onClick={() => onChoose(suggestion.next)}>
                  {suggestion.label}
                </Button>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>Aucune annonce n'est publiée pour le moment. Revenez bientôt.</p>
      )}
    </div>
  );
}
