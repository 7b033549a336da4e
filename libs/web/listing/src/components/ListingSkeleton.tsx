import { fr } from '@codegouvfr/react-dsfr';
import type { CSSProperties } from 'react';

const BLOCK: CSSProperties = {
  backgroundColor: fr.colors.decisions.background.contrast.grey.default,
  borderRadius: '0.25rem',
};

function Block({ width, height }: { width: string; height: string }) {
  return <div style={{ ...BLOCK, width, height }} className={fr.cx('fr-mb-2w')} />;
}

/**
 * Placeholder of the page while the listing loads: grey blocks where the title, badges and
 * text will be (hidden from assistive technologies, which hear the status text instead).
 */
export function ListingSkeleton() {
  return (
    <div aria-busy="true">
      <p role="status" className={fr.cx('fr-sr-only')}>
        Chargement de l'annonce…
      </p>
      <div aria-hidden="true">
        <Block width="60%" height="2.5rem" />
        <Block width="35%" height="1.5rem" />
        <div className={fr.cx('fr-grid-row', 'fr-grid-row--gutters', 'fr-mt-4w')}>
          <div className={fr.cx('fr-col-12', 'fr-col-md-8')}>
            <Block width="100%" height="1rem" />
            <Block width="95%" height="1rem" />
            <Block width="90%" height="1rem" />
            <Block width="70%" height="1rem" />
          </div>
          <div className={fr.cx('fr-col-12', 'fr-col-md-4')}>
            <Block width="100%" height="10rem" />
          </div>
        </div>
      </div>
    </div>
  );
}
