import type { ListingInput } from '@passerelle/shared-domain';

/**
 * The contract shared by every connector (API Engagement XML, JSON, CSV): a connector is an
 * `async function*` that reads a byte stream and yields one `FeedItem` per item as soon as
 * the item is complete, never holding the whole feed in memory.
 */

/** A problem found on one item. `message` is in French, `code` is SCREAMING_SNAKE. */
export interface ItemIssue {
  /** Path in `ListingInput` the issue is about (`places`, `addresses[1].lat`, `organization.name`), or `''` for the whole item. */
  path: string;
  code: string;
  message: string;
}

/** An item the connector mapped. It is NOT validated yet: the ingest pipeline applies the business rules. */
export interface MappedFeedItem {
  /** Zero-based position of the item in the feed (rejected items count too). */
  index: number;
  item: ListingInput;
  /** Values the connector had to drop or could not read (an unreadable `places`, an unknown remote mode…). */
  warnings: ItemIssue[];
  /**
   * Hash of the item's record as the connector read it (its text, salted with what decides the
   * mapping), from connectors that can tell it when asked (the national XML one): the same
   * record gives the same item.
   */
  recordHash?: string;
}

/** An item the connector could not map at all. */
export interface RejectedFeedItem {
  index: number;
  externalId?: string;
  rejected: ItemIssue[];
}

export type FeedItem = MappedFeedItem | RejectedFeedItem;

/**
 * An item whose record is, byte for byte, one the caller said it already has (its hash among
 * the known ones): the connector did not parse it, and tells only its position, the external id
 * the caller gave with the hash, and the hash.
 */
export interface KnownRecordFeedItem {
  index: number;
  externalId: string;
  recordHash: string;
  known: true;
}

export function isKnownRecordFeedItem(
  feedItem: FeedItem | KnownRecordFeedItem,
): feedItem is KnownRecordFeedItem {
  return 'known' in feedItem;
}

export function isRejectedFeedItem(
  feedItem: FeedItem | KnownRecordFeedItem,
): feedItem is RejectedFeedItem {
  return 'rejected' in feedItem;
}

export type FeedParseErrorCode =
  /** Syntax error in the feed (XML, JSON or CSV), including a truncated feed. */
  | 'FEED_MALFORMED'
  /** Bytes that are not valid in the feed's encoding, or an encoding that is not supported. */
  | 'FEED_ENCODING_INVALID'
  /** The feed is larger than the configured `maxBytes`. */
  | 'FEED_TOO_LARGE'
  /** Nothing to read: zero bytes, only whitespace, or no root element. */
  | 'FEED_EMPTY'
  /** The per-partner field mapping is invalid (tabular connectors). */
  | 'MAPPING_INVALID'
  /** A column the mapping needs to identify items is missing from the CSV header. */
  | 'FEED_COLUMNS_MISSING';

/**
 * A failure of the whole feed. Thrown by a connector after it has yielded the items that were
 * complete before the failure: the caller decides whether to keep them.
 */
export class FeedParseError extends Error {
  readonly code: FeedParseErrorCode | (string & {});
  /** Zero-based offset, in bytes of the original feed, where the problem was found. */
  byteOffset?: number;
  /** One-based line where the problem was found. */
  line?: number;

  constructor(
    code: FeedParseErrorCode | (string & {}),
    message: string,
    where: { byteOffset?: number; line?: number; cause?: unknown } = {},
  ) {
    super(message, where.cause === undefined ? undefined : { cause: where.cause });
    this.name = 'FeedParseError';
    this.code = code;
    if (where.byteOffset !== undefined) this.byteOffset = where.byteOffset;
    if (where.line !== undefined) this.line = where.line;
  }
}

/** "à l'octet 1234 (ligne 56)" — the position part of a French error message. */
export function describePosition(byteOffset?: number, line?: number): string {
  const parts: string[] = [];
  if (byteOffset !== undefined) parts.push(`à l'octet ${byteOffset}`);
  if (line !== undefined)
    parts.push(byteOffset === undefined ? `à la ligne ${line}` : `(ligne ${line})`);
  return parts.join(' ');
}
