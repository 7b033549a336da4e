import { Buffer, isUtf8 } from 'node:buffer';
import * as iconv from 'iconv-lite';
import { FeedParseError, describePosition } from './connector.types';

/**
 * Streaming byte → text decoding for feeds.
 *
 * - UTF-8 is decoded strictly: an invalid byte is reported with its offset, never replaced by
 *   U+FFFD, because a feed that is not what it declares is better fixed at the source than
 *   silently mangled (`FEED_ENCODING_INVALID`).
 * - `ISO-8859-1`, `latin1` and `US-ASCII` are read as windows-1252, as browsers do (WHATWG
 *   Encoding): real "Latin-1" feeds routinely contain cp1252 characters (’ œ € …).
 * - Any other encoding iconv-lite knows (ISO-8859-15, UTF-16LE/BE, …) is transcoded by iconv-lite.
 * - A byte order mark is skipped; its bytes still count in offsets.
 */

export type CanonicalEncoding = string;

/** Where the bytes stopped being valid, and the first bad byte (hex). */
export interface InvalidBytes {
  byteOffset: number;
  byte: string;
}

/** Result of one `decode` call: the text decoded so far and, if the bytes went bad, where (the caller processes the text first). */
export interface DecodedChunk {
  text: string;
  invalid?: InvalidBytes;
}

const LATIN1_LABELS = new Set([
  'iso-8859-1',
  'iso8859-1',
  'iso_8859-1',
  'latin1',
  'latin-1',
  'l1',
  'cp819',
  'ibm819',
  'us-ascii',
  'ascii',
  'windows-1252',
  'cp1252',
  'x-cp1252',
]);

/** Canonical name of an encoding label, or `undefined` when it is not supported. */
export function canonicalEncoding(label: string): CanonicalEncoding | undefined {
  const name = label.trim().toLowerCase();
  if (name === 'utf-8' || name === 'utf8') return 'utf-8';
  if (LATIN1_LABELS.has(name)) return 'windows-1252';
  if (name === 'utf-16' || name === 'utf16') return 'utf-16le';
  return iconv.encodingExists(name) ? name : undefined;
}

export function unsupportedEncodingError(label: string): FeedParseError {
  return new FeedParseError(
    'FEED_ENCODING_INVALID',
    `Encodage « ${label} » non pris en charge : utilisez UTF-8 ou ISO-8859-1.`,
  );
}

/** Encoding announced by a byte order mark, and the mark's length. */
export function sniffBom(
  head: Uint8Array,
): { encoding: CanonicalEncoding; length: number } | undefined {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf)
    return { encoding: 'utf-8', length: 3 };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return undefined;
}

/** Length of a UTF-8 sequence announced by its lead byte (0 for a byte that cannot start one). */
function sequenceLength(lead: number): number {
  if (lead < 0x80) return 1;
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

/** Index of the first byte of the first invalid UTF-8 sequence in `bytes`, or -1. */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const lead = bytes[i] as number;
    if (lead < 0x80) {
      i++;
      continue;
    }
    const length = sequenceLength(lead);
    if (length === 0 || i + length > n) return i;
    const second = bytes[i + 1] as number;
    // Second-byte ranges exclude overlong forms, surrogates and code points above U+10FFFF.
    const min = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
    const max = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;
    if (second < min || second > max) return i;
    for (let k = 2; k < length; k++) {
      if (((bytes[i + k] as number) & 0xc0) !== 0x80) return i;
    }
    i += length;
  }
  return -1;
}

/** Where a trailing, incomplete UTF-8 sequence starts (`bytes.length` when the buffer ends on a boundary). */
function completeUtf8Prefix(bytes: Uint8Array): number {
  const n = bytes.length;
  for (let back = 1; back <= Math.min(3, n); back++) {
    const byte = bytes[n - back] as number;
    if ((byte & 0xc0) === 0x80) continue; // continuation byte: keep looking for the lead
    if (byte >= 0xc0 && sequenceLength(byte) > back) return n - back;
    return n;
  }
  return n;
}

function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes)
    ? bytes
    : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Decodes a feed chunk by chunk and tells the byte offset of any decoded text position. */
export class FeedDecoder {
  /** Bytes of the source consumed before the current chunk's text (BOM included). */
  private chunkByteStart = 0;
  private chunkText = '';
  private pending: Uint8Array = new Uint8Array(0);
  private readonly iconvDecoder: ReturnType<typeof iconv.getDecoder> | undefined;

  constructor(
    readonly encoding: CanonicalEncoding,
    /** Bytes at the very start to skip (a byte order mark). */
    private skip = 0,
  ) {
    this.iconvDecoder =
      encoding === 'utf-8' ? undefined : iconv.getDecoder(encoding, { stripBOM: false });
    this.chunkByteStart = skip;
  }

  /** Decodes the next chunk. Text is returned even when an error follows it, so that the caller can process it first. */
  decode(chunk: Uint8Array): DecodedChunk {
    this.chunkByteStart += this.byteLength(this.chunkText);
    let bytes = chunk;
    if (this.skip > 0) {
      const skipped = Math.min(this.skip, bytes.length);
      bytes = bytes.subarray(skipped);
      this.skip -= skipped;
    }
    const decoded = this.iconvDecoder
      ? { text: this.iconvDecoder.write(asBuffer(bytes)) }
      : this.decodeUtf8(bytes);
    this.chunkText = decoded.text;
    return decoded;
  }

  /** Flushes what is left at the end of the feed. */
  end(): DecodedChunk {
    this.chunkByteStart += this.byteLength(this.chunkText);
    if (this.iconvDecoder) {
      this.chunkText = this.iconvDecoder.end() ?? '';
      return { text: this.chunkText };
    }
    this.chunkText = '';
    if (this.pending.length > 0) {
      return { text: '', invalid: invalidBytes(this.chunkByteStart, this.pending) };
    }
    return { text: '' };
  }

  /** Byte offset, in the original feed, of a position in the text last returned by `decode`/`end`. */
  byteOffsetAt(textPosition: number): number {
    const position = Math.max(0, Math.min(textPosition, this.chunkText.length));
    return this.chunkByteStart + this.byteLength(this.chunkText.slice(0, position));
  }

  /** Total bytes accounted for by the text returned so far. */
  get bytesDecoded(): number {
    return this.chunkByteStart + this.byteLength(this.chunkText);
  }

  /** Bytes of `text` in the feed's encoding. */
  byteLengthOf(text: string): number {
    return this.byteLength(text);
  }

  private byteLength(text: string): number {
    if (text.length === 0) return 0;
    if (this.encoding === 'utf-8') return Buffer.byteLength(text, 'utf8');
    if (this.encoding === 'windows-1252') return text.length;
    return iconv.encode(text, this.encoding).length;
  }

  private decodeUtf8(chunk: Uint8Array): DecodedChunk {
    let bytes = chunk;
    if (this.pending.length > 0) {
      bytes = new Uint8Array(this.pending.length + chunk.length);
      bytes.set(this.pending, 0);
      bytes.set(chunk, this.pending.length);
    }
    const cut = completeUtf8Prefix(bytes);
    const complete = bytes.subarray(0, cut);
    if (isUtf8(complete)) {
      this.pending = bytes.slice(cut);
      return { text: asBuffer(complete).toString('utf8') };
    }
    const bad = Math.max(0, firstInvalidUtf8Byte(complete));
    this.pending = new Uint8Array(0);
    const text = asBuffer(complete.subarray(0, bad)).toString('utf8');
    return {
      text,
      invalid: invalidBytes(
        this.chunkByteStart + Buffer.byteLength(text, 'utf8'),
        complete.subarray(bad),
      ),
    };
  }
}

function invalidBytes(byteOffset: number, bytes: Uint8Array): InvalidBytes {
  return { byteOffset, byte: `0x${(bytes[0] ?? 0).toString(16).toUpperCase().padStart(2, '0')}` };
}

/** The `FEED_ENCODING_INVALID` error for bytes that are not UTF-8. */
export function invalidUtf8Error(invalid: InvalidBytes, line?: number): FeedParseError {
  return new FeedParseError(
    'FEED_ENCODING_INVALID',
    `Octet invalide en UTF-8 ${describePosition(invalid.byteOffset, line)} (${invalid.byte}) : ` +
      `le flux est peut-être en ISO-8859-1 ou windows-1252 ; corrigez l'encodage déclaré ou configurez-le.`,
    { byteOffset: invalid.byteOffset, ...(line === undefined ? {} : { line }) },
  );
}
