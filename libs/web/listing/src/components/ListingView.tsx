import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { TermTagList } from '@passerelle/web-ui';
import type { ReactNode, Ref } from 'react';
import { formatDateRange, formatFrenchDate } from '../lib/format-dates';
import {
  accessibilityLabels,
  LISTING_KIND_LABELS,
  organizationIdentifiers,
  placesLabel,
  REMOTE_MODE_LABELS,
  statusNotice,
} from '../lib/listing-labels';
import type { ListingDetails } from '../lib/listing-types';
import { ApplySection } from './ApplySection';
import { ListingPlaces } from './ListingPlaces';
import { ListingPlacesMap } from './ListingPlacesMap';
import { ShareSection } from './ShareSection';

export interface ListingViewProps {
  readonly listing: ListingDetails;
  /** Absolute address of this page, to share. */
  readonly pageUrl: string;
  readonly headingRef?: Ref<HTMLHeadingElement>;
}

const IDS = {
  description: 'annonce-description',
  practical: 'annonce-en-pratique',
  places: 'annonce-lieux',
  activities: 'annonce-activites',
} as const;

/** A loaded listing: what it is, who offers it, when and where, and how to apply. */
export function ListingView({ listing, pageUrl, headingRef }: ListingViewProps) {
  const notice = statusNotice(listing.status);

  return (
    <article>
      <h1 ref={headingRef} tabIndex={-1} className={fr.cx('fr-mb-3w')}>
        {listing.title}
      </h1>

      {notice && (
        // Part of the page from its first rendering, read after the title: no live region
        // (role undefined), which would interrupt the reading of the focused title.
        <Alert
          className={fr.cx('fr-mb-3w')}
          severity="warning"
          as="h2"
          role={undefined}
          title={notice.title}
          description={notice.description}
        />
      )}

      <ul className={fr.cx('fr-badges-group', 'fr-mb-2w')} aria-label="Caractéristiques">
        <li>
          <Badge
            as="span"
            noIcon
            className={fr.cx(
              listing.kind === 'NEED' ? 'fr-badge--blue-ecume' : 'fr-badge--purple-glycine',
            )}
          >
            {LISTING_KIND_LABELS[listing.kind]}
          </Badge>
        </li>
        <li>
          <Badge as="span" noIcon>
            {REMOTE_MODE_LABELS[listing.remote]}
          </Badge>
        </li>
        {listing.domain && (
          <li>
            <Badge as="span" noIcon className={fr.cx('fr-badge--green-emeraude')}>
              {listing.domain.label}
            </Badge>
          </li>
        )}
      </ul>

      {listing.organization && <OrganizationLine organization={listing.organization} />}

      <div className={fr.cx('fr-grid-row', 'fr-grid-row--gutters', 'fr-mt-2w')}>
        <div className={fr.cx('fr-col-12', 'fr-col-md-8')}>
          <section aria-labelledby={IDS.description} className={fr.cx('fr-mb-4w')}>
            <h2 id={IDS.description}>Description</h2>
            {/*
             * The description is HTML sanitized by the API at ingest, with an allow-list (p, br,
             * lists, strong/em, h2–h4, blockquote, links restricted to http(s) and mailto with
             * rel="noopener nofollow"; no attribute else, no script, no style): it is rendered as
             * is. The DSFR's base styles give its elements the design system's typography.
             */}
            <div dangerouslySetInnerHTML={{ __html: listing.description }} />
          </section>

          <PracticalSection listing={listing} />

          {listing.activities.length > 0 && (
            <section aria-labelledby={IDS.activities} className={fr.cx('fr-mb-4w')}>
              <h2 id={IDS.activities}>Activités</h2>
              <TermTagList terms={listing.activities} labelledBy={IDS.activities} />
            </section>
          )}

          {listing.locations.length > 0 && (
            <section aria-labelledby={IDS.places} className={fr.cx('fr-mb-4w')}>
              <h2 id={IDS.places}>{listing.locations.length > 1 ? 'Lieux' : 'Lieu'}</h2>
              <ListingPlaces places={listing.locations} labelledBy={IDS.places} />
              <ListingPlacesMap places={listing.locations} title={listing.title} />
            </section>
          )}
        </div>

        <div className={fr.cx('fr-col-12', 'fr-col-md-4')}>
          <ApplySection sources={listing.sources} notice={notice} />
          <ShareSection title={listing.title} url={pageUrl} />
        </div>
      </div>
    </article>
  );
}

function OrganizationLine({
  organization,
}: {
  organization: NonNullable<ListingDetails['organization']>;
}) {
  const identifiers = organizationIdentifiers(organization);
  return (
    <div className={fr.cx('fr-mb-2w')}>
      <p className={fr.cx('fr-text--lg', 'fr-mb-0')}>
        <span className={fr.cx('fr-text--bold')}>Structure&nbsp;:</span> {organization.name}
      </p>
      {identifiers && (
        <p
          className={fr.cx('fr-text--xs', 'fr-mb-0')}
          style={{ color: fr.colors.decisions.text.mention.grey.default }}
        >
          {identifiers}
        </p>
      )}
    </div>
  );
}

/** Dates, schedule, places and conditions, as a description list; unknown values are left out. */
function PracticalSection({ listing }: { listing: ListingDetails }) {
  const dates = formatDateRange(listing.startsAt, listing.endsAt);
  const schedule = listing.schedule?.trim();
  const conditions = accessibilityLabels(listing);
  const facts: { term: string; details: ReactNode }[] = [];
  if (dates) facts.push({ term: 'Dates', details: dates });
  if (schedule) facts.push({ term: 'Horaires', details: schedule });
  if (listing.places !== null && listing.places > 0) {
    facts.push({ term: 'Places', details: placesLabel(listing.places) });
  }
  if (listing.remote === 'REMOTE' && listing.locations.length === 0) {
    facts.push({ term: 'Lieu', details: 'À distance, depuis chez vous' });
  }
  if (conditions.length > 0) {
    facts.push({
      term: "Conditions d'accueil",
      details: (
        <ul className={fr.cx('fr-mb-0')}>
          {conditions.map((condition) => (
            <li key={condition}>{condition}</li>
          ))}
        </ul>
      ),
    });
  }
  if (listing.postedAt) {
    facts.push({ term: 'Publication', details: `Le ${formatFrenchDate(listing.postedAt)}` });
  }
  if (facts.length === 0) return null;

  return (
    <section aria-labelledby={IDS.practical} className={fr.cx('fr-mb-4w')}>
      <h2 id={IDS.practical}>En pratique</h2>
      <dl className={fr.cx('fr-pl-0')}>
        {facts.map(({ term, details }) => (
          <div key={term} className={fr.cx('fr-mb-2w')}>
            <dt className={fr.cx('fr-text--bold')}>{term}</dt>
            <dd className={fr.cx('fr-pl-0')}>{details}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
