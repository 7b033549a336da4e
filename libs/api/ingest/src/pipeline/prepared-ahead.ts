import {
  isKnownRecordFeedItem,
  isRejectedFeedItem,
  type FeedItem,
  type KnownRecordFeedItem,
} from '@passerelle/connectors-api-engagement';
import { inputHash } from './input-hash';
import { runPipeline, type PipelineResult } from './run-pipeline';
import type { TaxonomyCrosswalk } from './taxonomy-crosswalk';

/**
 * What a run lets its item source do before the items reach it (the feed's parsing thread):
 * hash each item's input and, unless the hash is one of the partner's stored ones (the item is
 * then most likely unchanged), run the pipeline on it. A connector that hashes its records (the
 * national XML one) does not even parse a record whose hash is a stored one.
 */
export interface AheadOptions {
  /** `inputHashSalt(crosswalk)` of the run. */
  salt: string;
  crosswalk?: TaxonomyCrosswalk;
  now?: Date;
  /** Input hashes of the partner's active sources when the run started, with their external ids. */
  knownInputs: ReadonlyArray<readonly [inputHash: string, externalId: string]>;
}

/** The work done ahead for one item; the run checks it and does what is missing. */
export interface PreparedAhead {
  inputHash: string;
  /** Absent when the input hash was a known one. */
  pipeline?: PipelineResult;
}

/**
 * An item as a run receives it: as the connector read it, with the work done ahead, or a known
 * record (its hash is a stored input hash: not even parsed).
 */
export type IngestItem = (FeedItem | KnownRecordFeedItem) & { ahead?: PreparedAhead };

/** The ahead work of one item, where the item source runs it (`known`: `knownInputs`). */
export function prepareAhead(
  item: FeedItem | KnownRecordFeedItem,
  options: AheadOptions,
  known: ReadonlyMap<string, string>,
): IngestItem {
  if (isRejectedFeedItem(item) || isKnownRecordFeedItem(item)) return item;
  const hash = item.recordHash ?? inputHash(item.item, options.salt);
  if (known.has(hash)) return { ...item, ahead: { inputHash: hash } };
  const pipeline = runPipeline(item.item, { crosswalk: options.crosswalk, now: options.now });
  return { ...item, ahead: { inputHash: hash, pipeline } };
}
