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
} from '@passerelle/connectors-core';
export {
  API_ENGAGEMENT_XML_DEFAULTS,
  parseApiEngagementXml,
  type ApiEngagementXmlOptions,
} from './parse-api-engagement-xml';
