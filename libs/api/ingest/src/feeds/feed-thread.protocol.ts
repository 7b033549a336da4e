import type { FieldMapping } from '@passerelle/connectors-tabular';
import type { FeedFormat } from '@passerelle/shared-domain';
import type { AheadOptions, IngestItem } from '../pipeline';

/** What the parsing thread is started with. */
export interface FeedThreadData {
  format: FeedFormat;
  mapping: FieldMapping | null;
  maxBytes?: number;
  /** Hash and pipeline work to do on the thread too (see `AheadOptions`). */
  ahead?: AheadOptions;
}

/** Main thread → parsing thread. */
export type ToFeedThread = { type: 'chunk'; chunk: Uint8Array } | { type: 'end' };

/** A failure of the feed, as it crosses threads (errors lose their class on the way). */
export interface ThreadFailure {
  code?: string;
  message: string;
  byteOffset?: number;
  line?: number;
}

/** Parsing thread → main thread, in this order: items, then an ack when it wants more input. */
export type FromFeedThread =
  | { type: 'items'; items: IngestItem[] }
  | { type: 'ack' }
  | { type: 'failed'; failure: ThreadFailure }
  | { type: 'done' };
