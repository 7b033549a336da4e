export {
  FeedParseError,
  describePosition,
  isKnownRecordFeedItem,
  isRejectedFeedItem,
  type FeedItem,
  type FeedParseErrorCode,
  type ItemIssue,
  type KnownRecordFeedItem,
  type MappedFeedItem,
  type RejectedFeedItem,
} from './connector.types';
export {
  FeedDecoder,
  canonicalEncoding,
  firstInvalidUtf8Byte,
  invalidUtf8Error,
  sniffBom,
  unsupportedEncodingError,
  type CanonicalEncoding,
  type DecodedChunk,
  type InvalidBytes,
} from './feed-decoder';
export { HTML_ENTITIES, decodeHtmlEntities } from './html-entities';
export {
  cleanHtml,
  cleanLine,
  normalizeKey,
  parseCoordinatePair,
  parseDecimal,
  parseFlag,
  parseInteger,
  splitList,
  stripControlChars,
} from './text';
