import { loadGeoIndex, type GeoIndex } from '@passerelle/api-geo';
import { RemoteMode, type ListingInput } from '@passerelle/shared-domain';
import { geocodeAddresses } from './geocode';
import { summarize } from './html';
import { IngestErrorCode, IssueCollector, type IngestIssue } from './ingest.errors';
import {
  readActivities,
  readApplyUrl,
  readDate,
  readDescription,
  readDomain,
  readExternalId,
  readFlag,
  readKind,
  readOptionalUrl,
  readPlaces,
  readRemote,
  readTags,
  readTitle,
} from './listing-fields';
import type { NormalizedListing } from './normalized-listing';
import { normalizeOrganization } from './organization';
import { taxonomyResolver, type TaxonomyCrosswalk } from './taxonomy-crosswalk';
import { cleanText } from './text';

export interface PrepareOptions {
  /** The partner's own taxonomy labels → slugs. */
  crosswalk?: TaxonomyCrosswalk;
  /** Reference time for the checks relative to today (defaults to the current time). */
  now?: Date;
  /** Commune table used to place the addresses (defaults to the shipped table). */
  geoIndex?: GeoIndex;
}

export type PrepareResult =
  | { ok: true; listing: NormalizedListing; warnings: IngestIssue[] }
  | { ok: false; errors: IngestIssue[]; warnings: IngestIssue[] };

/** A posting date this far ahead of `now` is reported (clocks and time zones differ a little). */
const POSTED_AHEAD_TOLERANCE_MS = 24 * 60 * 60 * 1000;

/**
 * Validates one listing against every rule of the domain and normalizes it: all the errors
 * of the item are reported at once, never only the first. Stages: fields → organization →
 * addresses (geocoding) → cross-field rules.
 */
export function prepareListing(input: ListingInput, options: PrepareOptions = {}): PrepareResult {
  const issues = new IssueCollector();
  if (!input || typeof input !== 'object') {
    issues.error(IngestErrorCode.EXTERNAL_ID_MISSING, 'externalId');
    issues.error(IngestErrorCode.TITLE_MISSING, 'title');
    issues.error(IngestErrorCode.DESCRIPTION_MISSING, 'description');
    issues.error(IngestErrorCode.APPLY_URL_MISSING, 'applyUrl');
    return { ok: false, errors: issues.errors, warnings: [] };
  }
  const resolver = taxonomyResolver(options.crosswalk);
  const now = options.now ?? new Date();

  const externalId = readExternalId(input.externalId, issues);
  const kind = readKind(input.kind, issues);
  const title = readTitle(input.title, issues);
  const description = readDescription(input.description, issues);
  const applyUrl = readApplyUrl(input.applyUrl, issues);
  const url = readOptionalUrl(input.url, 'url', issues, 'error');
  const imageUrl = readOptionalUrl(input.imageUrl, 'imageUrl', issues, 'warning');
  const domain = readDomain(input.domain, resolver, issues);
  const activities = readActivities(input.activities, resolver, issues);
  const tags = readTags(input.tags, issues);
  const remote = readRemote(input.remote, issues);
  const places = readPlaces(input.places, issues);
  const schedule = cleanText(input.schedule, 'schedule', issues, { multiline: true });
  const startsAt = readDate(input.startsAt, 'startsAt', issues);
  const endsAt = readDate(input.endsAt, 'endsAt', issues);
  const postedAt = readDate(input.postedAt, 'postedAt', issues);
  const flags = {
    openToMinors: readFlag(input.openToMinors, 'openToMinors', issues),
    reducedMobilityAccessible: readFlag(
      input.reducedMobilityAccessible,
      'reducedMobilityAccessible',
      issues,
    ),
    closeToTransport: readFlag(input.closeToTransport, 'closeToTransport', issues),
  };
  const organization = normalizeOrganization(input.organization, issues);

  const geocoded = geocodeAddresses(input.addresses, options.geoIndex ?? loadGeoIndex());
  issues.add(geocoded.issues);
  const locations = geocoded.locations;
  if (locations.length === 0 && remote !== RemoteMode.REMOTE) {
    issues.warning(IngestErrorCode.LOCATION_MISSING, 'addresses');
  }

  if (startsAt && endsAt && Date.parse(endsAt) < Date.parse(startsAt)) {
    issues.error(
      IngestErrorCode.END_BEFORE_START,
      'endsAt',
      `${endsAt.slice(0, 10)} < ${startsAt.slice(0, 10)}`,
    );
  } else if (endsAt && Date.parse(endsAt) < now.getTime()) {
    issues.warning(IngestErrorCode.END_IN_PAST, 'endsAt', endsAt.slice(0, 10));
  }
  if (postedAt && Date.parse(postedAt) > now.getTime() + POSTED_AHEAD_TOLERANCE_MS) {
    issues.warning(IngestErrorCode.POSTED_IN_FUTURE, 'postedAt', postedAt.slice(0, 10));
  }

  if (issues.hasErrors || !externalId || !title || !description || !applyUrl) {
    return { ok: false, errors: issues.errors, warnings: issues.warnings };
  }
  return {
    ok: true,
    warnings: issues.warnings,
    listing: {
      externalId,
      kind,
      title,
      description: description.html,
      summary: summarize(description.text),
      domain,
      activities,
      tags,
      remote,
      places,
      schedule,
      startsAt,
      endsAt,
      postedAt,
      flags,
      imageUrl,
      applyUrl,
      url,
      locations,
      organization,
    },
  };
}
