import { fr } from '@codegouvfr/react-dsfr';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Card } from '@codegouvfr/react-dsfr/Card';
import type { SearchResultEdgeFragment } from '@passerelle/web-data-access';
import {
  formatDistance,
  formatPeriod,
  formatPlace,
  publishedOnText,
  remoteBadge,
} from '../lib/result-text';

export interface ResultCardProps {
  readonly edge: SearchResultEdgeFragment;
  /** Name of a department by code (from the facets). */
  readonly departmentName: (code: string) => string | undefined;
  readonly now: Date;
}

/** The path of a listing's page. */
export const listingHref = (id: string) => `/annonces/${encodeURIComponent(id)}`;

/**
 * One result: the title links to the listing's page (the whole card is clickable), then who,
 * where, when, what, and the platforms that publish it.
 */
export function ResultCard({ edge, departmentName, now }: ResultCardProps) {
  const { node } = edge;
  const place = formatPlace(node.locations, departmentName);
  const distance = formatDistance(edge.distanceKm);
  const remote = remoteBadge(node.remote);
  const published = publishedOnText(node.sources.map((source) => source.partner.name));
  const where = [place, distance].filter(Boolean).join(', ');
  const badges: Array<{ key: string; label: string; severity?: 'new' | 'info' }> = [];
  if (node.kind === 'OFFER') badges.push({ key: 'kind', label: "Offre d'aide", severity: 'new' });
  if (node.domain) badges.push({ key: 'domain', label: node.domain.label });
  if (remote) badges.push({ key: 'remote', label: remote, severity: 'info' });

  return (
    <Card
      titleAs="h3"
      title={node.title}
      linkProps={{ to: listingHref(node.id) }}
      enlargeLink
      size="small"
      desc={
        <>
          {where ? (
            <>
              <span className={fr.cx('fr-sr-only')}>Lieu : </span>
              {where}
              <br />
            </>
          ) : null}
          <span className={fr.cx('fr-sr-only')}>Dates : </span>
          {formatPeriod(node.startsAt, node.endsAt, now)}
        </>
      }
      start={
        <>
          {badges.length > 0 ? (
            <ul className={fr.cx('fr-badges-group')}>
              {badges.map((badge) => (
                <li key={badge.key}>
                  <Badge small noIcon severity={badge.severity}>
                    {badge.label}
                  </Badge>
                </li>
              ))}
            </ul>
          ) : null}
          {node.organization ? (
            <p className={fr.cx('fr-card__detail')}>{node.organization.name}</p>
          ) : null}
        </>
      }
      endDetail={published ?? undefined}
    />
  );
}
