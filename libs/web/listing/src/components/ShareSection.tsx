import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useCopyToClipboard } from '../hooks/useCopyToClipboard';
import { mailtoShareHref } from '../lib/listing-links';

const HEADING_ID = 'partager';

export interface ShareSectionProps {
  readonly title: string;
  /** Absolute address of the listing's page. */
  readonly url: string;
}

/** "Partager": copy the page's address, or prepare an e-mail with it. */
export function ShareSection({ title, url }: ShareSectionProps) {
  const { outcome, copy } = useCopyToClipboard();

  return (
    <section aria-labelledby={HEADING_ID} className={fr.cx('fr-mb-3w')}>
      <h2 id={HEADING_ID} className={fr.cx('fr-h6')}>
        Partager l'annonce
      </h2>
      <ul className={fr.cx('fr-btns-group', 'fr-btns-group--sm', 'fr-btns-group--icon-left')}>
        <li>
          <Button priority="secondary" iconId="fr-icon-links-fill" onClick={() => void copy(url)}>
            Copier le lien
          </Button>
        </li>
        <li>
          <Button
            priority="secondary"
            iconId="fr-icon-mail-line"
            linkProps={{ to: mailtoShareHref(title, url) }}
          >
            Partager par courriel
          </Button>
        </li>
      </ul>
      {/* Present (empty) from the start, so that screen readers announce what is put in it. */}
      <p role="status" aria-live="polite" className={fr.cx('fr-text--sm', 'fr-mb-0')}>
        {outcome === 'copied'
          ? 'Lien copié'
          : outcome === 'failed'
            ? `Le lien n'a pas pu être copié. Adresse de l'annonce\u00a0: ${url}`
            : ''}
      </p>
    </section>
  );
}
