import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { describeSearchError, type SearchFailure } from '../lib/search-errors';

export interface SearchErrorAlertProps {
  readonly failure: SearchFailure;
  readonly onRetry: () => void;
}

/** A failed search explained in plain French, with "Réessayer". */
export function SearchErrorAlert({ failure, onRetry }: SearchErrorAlertProps) {
  const problem = describeSearchError(failure);
  return (
    <Alert
      severity="error"
      as="h3"
      title={problem.title}
      description={
        <>
          <p>{problem.description}</p>
          <Button
            className={fr.cx('fr-mt-2w')}
            priority="secondary"
            iconId="fr-icon-refresh-line"
            onClick={onRetry}
          >
            Réessayer
          </Button>
        </>
      }
    />
  );
}
