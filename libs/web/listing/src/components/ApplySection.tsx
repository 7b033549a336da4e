import { fr } from '@codegouvfr/react-dsfr';
import { publishedOnLine, publishingPlatforms, type StatusNotice } from '../lib/listing-labels';
import type { ListingSourceItem } from '../lib/listing-types';

const HEADING_ID = 'postuler';

export interface ApplySectionProps {
  readonly sources: readonly ListingSourceItem[];
  /** Set when the listing is not published: no apply button, this explanation instead. */
  readonly notice: StatusNotice | null;
}

/**
 * "Postuler": one button per platform that publishes the listing. Each goes to the source's
 * `applyUrl`, Passerelle's counting redirect (`/r/{id}/{slug}`), which answers 302 to the
 * platform's application form.
 */
export function ApplySection({ sources, notice }: ApplySectionProps) {
  const platforms = publishingPlatforms(sources);
  const publishedOn = publishedOnLine(platforms.map((platform) => platform.name));
  // One button per platform: the API lists sources oldest first, so the first source of each
  // partner is the one kept.
  const applySources = platforms.flatMap(
    (platform) => sources.find((source) => source.partner.slug === platform.slug) ?? [],
  );

  return (
    <section
      aria-labelledby={HEADING_ID}
      className={fr.cx('fr-p-3w', 'fr-mb-3w')}
      style={{ backgroundColor: fr.colors.decisions.background.alt.blueFrance.default }}
    >
      <h2 id={HEADING_ID} className={fr.cx('fr-h4')}>
        Postuler
      </h2>
      {notice ? (
        <p className={fr.cx('fr-mb-2w')}>{notice.applyUnavailable}</p>
      ) : applySources.length > 0 ? (
        <>
          <p className={fr.cx('fr-text--sm')}>
            Vous poursuivez votre candidature sur la plateforme qui publie l'annonce.
          </p>
          <ul className={fr.cx('fr-btns-group', 'fr-btns-group--icon-right')}>
            {applySources.map((source) => (
              <li key={source.partner.slug}>
                {/*
                 * A plain link, not react-router's: the redirect is served by the API, so the
                 * browser must load it. Same tab on purpose: the volunteer continues the
                 * application on the platform, "Back" brings them here, and no window opens
                 * unannounced (RGAA 13.2). rel="noopener" keeps the platform's page from
                 * reaching this one through window.opener should a target ever be added; no
                 * "noreferrer", so the platform can tell the visit came from Passerelle.
                 */}
                <a
                  className={fr.cx('fr-btn', 'fr-btn--icon-right', 'fr-icon-arrow-right-line')}
                  href={source.applyUrl}
                  rel="noopener"
                >
                  Postuler sur {source.partner.name}
                </a>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className={fr.cx('fr-mb-2w')}>
          Aucune plateforme ne propose de formulaire de candidature pour cette annonce.
        </p>
      )}
      {publishedOn && <p className={fr.cx('fr-text--sm', 'fr-mb-0')}>{publishedOn}.</p>}
    </section>
  );
}
