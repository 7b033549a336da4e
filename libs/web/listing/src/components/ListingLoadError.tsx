import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';

export interface ListingLoadErrorProps {
  readonly onRetry: () => void;
}

/** The listing could not be read (network down, server error): say so, offer to try again. */
export function ListingLoadError({ onRetry }: ListingLoadErrorProps) {
  return (
    <>
      <h1 className={fr.cx('fr-sr-only')}>Annonce</h1>
      <Alert
        severity="error"
        as="h2"
        title="Impossible de charger l'annonce"
        description={
          <>
            <p>
              Le service ne répond pas pour le moment. Vérifiez votre connexion, puis réessayez.
            </p>
            <Button className={fr.cx('fr-mt-2w')} priority="secondary" onClick={onRetry}>
              Réessayer
            </Button>
          </>
        }
      />
    </>
  );
}
