import { isRejectedFeedItem, type FeedItem } from '@passerelle/connectors-api-engagement';
import { inputHash } from './input-hash';
import { runPipeline, type PipelineResult } from './run-pipeline';
import type { TaxonomyCrosswalk } from './taxonomy-crosswalk';

/**
 * What a run lets its item source do before the items reach it (the feed's parsing thread):
 * hash each item's input and, unless the hash is one of the partner's stored ones (the item is
 * then most likely unchanged), run the pipeline on it.
 */
export interface AheadOptions {
  /** `inputHashSalt(crosswalk)` of the run. */
  salt: string;
  crosswalk?: TaxonomyCrosswalk;
  now?: Date;
  /** Input hashes of the partner's active sources when the run started. */
  knownHashes: readonly string[];
}

/** The work done ahead for one item; the run checks it and does what is missing. */
export interface PreparedAhead {
  inputHash: string;
  /** Absent when the input hash was a known one. */
  pipeline?: PipelineResult;
}

export type IngestItem = FeedItem & { ahead?: PreparedAhead };

/** The ahead work of one item, where the item source runs it. */
export function prepareAhead(
  item: FeedItem,
  options: AheadOptions,
  known: ReadonlySet<string>,
): IngestItem {
  if (isRejectedFeedItem(item)) return item;
  const hash = inputHash(item.item, options.salt);
  if (known.has(hash)) return { ...item, ahead: { inputHash: hash } };
  const pipeline = runPipeline(item.item, { crosswalk: options.crosswalk, now: options.now });
  return { ...item, ahead: { inputHash: hash, pipeline } };
}
