export { forbiddenRange } from './address-policy';
export { FeedFetchError, type FeedFetchErrorCode } from './feed-fetch.errors';
export {
  type FetchedFeed,
  type FetchFeedOptions,
  type ResolvedAddress,
  type ResolveHost,
  type Sleep,
} from './feed-fetch.types';
export { FETCH_FEED_DEFAULTS, fetchFeed } from './fetch-feed';
