import { fr } from '@codegouvfr/react-dsfr';

function Block({ width, height }: { width: string; height: string }) {
  return <div className={`${fr.cx('fr-mb-1w')} search-skeleton`} style={{ width, height }} />;
}

/** Grey cards where the results will be, hidden from assistive technologies. */
export function ResultsSkeleton({ count = 4 }: { count?: number }) {
  return (
    <div aria-hidden="true">
      {Array.from({ length: count }, (_, i) => (
        <div key={i} className={fr.cx('fr-card', 'fr-card--sm', 'fr-mb-3w')}>
          <div className={fr.cx('fr-card__body')}>
            <div className={fr.cx('fr-card__content')}>
              <Block width="30%" height="1rem" />
              <Block width="75%" height="1.5rem" />
              <Block width="50%" height="1rem" />
              <Block width="40%" height="1rem" />
            </div>
          </div>
        </div>
      ))}
    </div>
  );
}
