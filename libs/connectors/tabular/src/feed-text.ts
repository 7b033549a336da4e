import {
  FeedDecoder,
  FeedParseError,
  canonicalEncoding,
  sniffBom,
  unsupportedEncodingError,
  type InvalidBytes,
} from '@passerelle/connectors-core';
import { validateFieldMapping, type FieldMapping } from './field-mapping';

export interface TabularFeedOptions {
  /** The partner's mapping. Checked with `validateFieldMapping` first: an invalid one throws `MAPPING_INVALID`. */
  mapping: FieldMapping;
  /** Stop with `FEED_TOO_LARGE` past this many bytes. Default 1 GiB. */
  maxBytes?: number;
}

export const TABULAR_DEFAULTS = { maxBytes: 1024 * 1024 * 1024 } as const;

/** The mapping, checked; throws `MAPPING_INVALID` listing every problem. */
export function checkedMapping(mapping: unknown): FieldMapping {
  const validation = validateFieldMapping(mapping);
  if (validation.ok) return validation.mapping;
  const problems = validation.errors.map((error) =>
    error.path ? `${error.path} : ${error.message}` : error.message,
  );
  throw new FeedParseError(
    'MAPPING_INVALID',
    `Correspondance des champs invalide — ${problems.join(' ; ')}`,
  );
}

/**
 * Text decoded from the feed's bytes and, to act on once that text is processed, the failure
 * or the invalid bytes (the caller knows the line: `invalidUtf8Error(invalid, line)`).
 */
export interface FeedText {
  text: string;
  failure?: FeedParseError;
  invalid?: InvalidBytes;
}

/**
 * Bytes → text for JSON and CSV feeds: a byte order mark wins, else the mapping's encoding,
 * else UTF-8 (strict: a bad byte fails with `FEED_ENCODING_INVALID`); enforces `maxBytes`.
 */
export class FeedTextDecoder {
  decoder: FeedDecoder | undefined;
  private head: Buffer[] = [];
  private headLength = 0;
  private bytesIn = 0;

  constructor(
    private readonly encoding: string | undefined,
    private readonly maxBytes: number,
  ) {}

  get bytesRead(): number {
    return this.bytesIn;
  }

  push(chunk: Uint8Array): FeedText {
    this.bytesIn += chunk.length;
    if (this.bytesIn > this.maxBytes) {
      return {
        text: '',
        failure: new FeedParseError(
          'FEED_TOO_LARGE',
          `Flux trop volumineux : plus de ${this.maxBytes} octets.`,
          { byteOffset: this.maxBytes },
        ),
      };
    }
    if (this.decoder) return this.decode(chunk);
    this.head.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
    this.headLength += chunk.length;
    return this.headLength >= 4 ? this.start() : { text: '' };
  }

  end(): FeedText {
    if (!this.decoder) {
      const started = this.start();
      if (started.failure) return started;
      if (started.invalid) return started;
      const rest = this.end();
      return { ...rest, text: started.text + rest.text };
    }
    return this.decoder.end();
  }

  private start(): FeedText {
    const head = Buffer.concat(this.head);
    this.head = [];
    const bom = sniffBom(head);
    const encoding = bom?.encoding ?? canonicalEncoding(this.encoding ?? 'utf-8');
    if (!encoding) return { text: '', failure: unsupportedEncodingError(this.encoding ?? '') };
    this.decoder = new FeedDecoder(encoding, bom?.length ?? 0);
    return this.decode(head);
  }

  private decode(chunk: Uint8Array): FeedText {
    return (this.decoder as FeedDecoder).decode(chunk);
  }
}
