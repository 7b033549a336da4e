import {
  parseApiEngagementXml,
  type FeedItem,
  type KnownRecordFeedItem,
} from '@passerelle/connectors-api-engagement';
import { parseCsvFeed, parseJsonFeed, type FieldMapping } from '@passerelle/connectors-tabular';
import { FeedFormat } from '@passerelle/shared-domain';
import type { AheadOptions, IngestItem, TaxonomyCrosswalk } from '../pipeline';
import { canReadFeedInThread, readFeedInThread } from './read-feed-in-thread';

/**
 * The connector of a feed format, reading a byte stream into items: on another thread when the
 * runtime can start one (`readFeedInThread`, which then also does the `ahead` work), else on
 * this one (the run then does all the work itself).
 */
export function readFeed(
  format: FeedFormat,
  body: AsyncIterable<Buffer | Uint8Array>,
  mapping: FieldMapping | null,
  maxBytes?: number,
  ahead?: AheadOptions,
): AsyncIterable<IngestItem> {
  return canReadFeedInThread()
    ? readFeedInThread(format, body, mapping, maxBytes, ahead)
    : parseFeed(format, body, mapping, maxBytes, ahead && knownRecordsOf(ahead));
}

/** What a connector that hashes its records needs: the run's salt and the stored hashes. */
export interface KnownRecords {
  salt: string;
  /** Input hash → external id. */
  known: ReadonlyMap<string, string>;
}

export function knownRecordsOf(ahead: AheadOptions): KnownRecords {
  return { salt: ahead.salt, known: new Map(ahead.knownInputs) };
}

/**
 * The connector of a feed format on this thread. With `records`, the national XML connector
 * hashes each record (its items carry `recordHash`) and yields those it is given as known
 * without parsing them.
 */
export function parseFeed(
  format: FeedFormat,
  body: AsyncIterable<Buffer | Uint8Array>,
  mapping: FieldMapping | null,
  maxBytes?: number,
  records?: KnownRecords,
): AsyncIterable<FeedItem | KnownRecordFeedItem> {
  switch (format) {
    case FeedFormat.API_ENGAGEMENT_XML:
      return parseApiEngagementXml(body, {
        ...(maxBytes === undefined ? {} : { maxBytes }),
        ...(records ? { recordHashSalt: records.salt, knownRecords: records.known } : {}),
      });
    case FeedFormat.JSON:
      return parseJsonFeed(body, { mapping: mapping ?? { fields: {} }, maxBytes });
    case FeedFormat.CSV:
      return parseCsvFeed(body, { mapping: mapping ?? { fields: {} }, maxBytes });
  }
}

/** The partner's own domain and activity labels, for the pipeline's taxonomy crosswalk. */
export function crosswalkOf(mapping: FieldMapping | null): TaxonomyCrosswalk | undefined {
  if (!mapping?.values) return undefined;
  return { domain: mapping.values.domain, activities: mapping.values.activities };
}
