import { createHash } from 'node:crypto';
import {
  FeedDecoder,
  FeedParseError,
  HTML_ENTITIES,
  canonicalEncoding,
  describePosition,
  invalidUtf8Error,
  sniffBom,
  unsupportedEncodingError,
  type CanonicalEncoding,
  type FeedItem,
  type InvalidBytes,
  type KnownRecordFeedItem,
} from '@passerelle/connectors-core';
import { SaxesParser } from 'saxes';
import { MissionCollector } from './mission-collector';
import { mapMission } from './mission-mapper';
import { MissionRecordSplitter, type FeedPiece } from './mission-records';
import { XmlSyntaxError, frenchXmlError, isRecoverable, saxesDetail } from './xml-syntax-errors';

export interface ApiEngagementXmlOptions {
  /**
   * Force the encoding, for feeds whose XML declaration lies. A byte order mark still wins.
   * Default: the XML declaration's, else UTF-8.
   */
  encoding?: string;
  /** Stop with `FEED_TOO_LARGE` past this many bytes. Default 1 GiB. */
  maxBytes?: number;
  /** Text kept per element, in characters; longer values are cut with a `FIELD_TRUNCATED` warning. Default 100,000. */
  maxFieldLength?: number;
  /** Elements kept per mission; a bigger mission is rejected (`MISSION_TOO_LARGE`). Default 2,000. */
  maxElementsPerMission?: number;
  /**
   * When set, each mapped item carries `recordHash`: the SHA-256 (base64) of its `<mission>`
   * element's text as read, salted with this and with what else decides the mapping (this
   * connector's version and limits). Same record text, same hash, same item.
   */
  recordHashSalt?: string;
  /**
   * Record hashes (with `recordHashSalt`) the caller already has, with the external id of their
   * item: a record whose hash is one of them is not parsed, and is yielded as a
   * `KnownRecordFeedItem` instead.
   */
  knownRecords?: ReadonlyMap<string, string>;
}

/** Version of what this connector makes of a record's text, in record hashes. */
const RECORD_FORMAT = 'api-engagement-xml/1';

export const API_ENGAGEMENT_XML_DEFAULTS = {
  maxBytes: 1024 * 1024 * 1024,
  maxFieldLength: 100_000,
  maxElementsPerMission: 2_000,
} as const;

/** Bytes read before deciding the encoding: enough for a BOM and an XML declaration. */
const HEAD_LIMIT = 1024;

/**
 * Reads a feed in the national exchange format (API Engagement: `<source>` of `<mission>`)
 * and yields one item per mission as soon as it is complete. Never holds more than one
 * mission and one chunk in memory. A fatal problem (malformed XML, bad bytes, too large)
 * throws a `FeedParseError` after the missions complete before it have been yielded.
 */
export function parseApiEngagementXml(
  source: AsyncIterable<Buffer | Uint8Array>,
  options?: ApiEngagementXmlOptions & { knownRecords?: undefined },
): AsyncGenerator<FeedItem>;
export function parseApiEngagementXml(
  source: AsyncIterable<Buffer | Uint8Array>,
  options: ApiEngagementXmlOptions,
): AsyncGenerator<FeedItem | KnownRecordFeedItem>;
export async function* parseApiEngagementXml(
  source: AsyncIterable<Buffer | Uint8Array>,
  options: ApiEngagementXmlOptions = {},
): AsyncGenerator<FeedItem | KnownRecordFeedItem> {
  const reader = new ApiEngagementXmlReader(options);
  for await (const chunk of source) {
    const failure = reader.push(chunk);
    yield* reader.drain();
    if (failure) throw failure;
  }
  const failure = reader.finish();
  yield* reader.drain();
  if (failure) throw failure;
}

/** The push side of `parseApiEngagementXml`: bytes in, items queued, errors returned (not thrown). */
class ApiEngagementXmlReader {
  private readonly maxBytes: number;
  private readonly maxFieldLength: number;
  private readonly parser = new SaxesParser({ position: true });
  private readonly collector: MissionCollector;
  private readonly splitter = new MissionRecordSplitter();
  private readonly recordSalt: string | undefined;
  private ready: Array<FeedItem | KnownRecordFeedItem> = [];
  private itemIndex = 0;
  private bytesIn = 0;
  private head: Uint8Array[] = [];
  private headLength = 0;
  private decoder: FeedDecoder | undefined;
  /** Characters written to the parser so far. */
  private charsWritten = 0;
  /**
   * The piece being written to the parser: its parser position, its text, and its feed byte
   * offset (computed only for an error: pieces are small, chunks are not).
   */
  private piece = { position: 0, text: '', byteOffset: () => 0 };
  /** Feed byte offset of the text the splitter holds, when it began in an earlier chunk. */
  private heldByteOffset = 0;
  /** Records not parsed (known), and the lines they spanned (the parser did not count them). */
  private skippedMissions = 0;
  private skippedLines = 0;
  private started = false;
  /** Name of the last element closed, to explain a mismatched closing tag. */
  private lastClosedTag: string | undefined;
  /** Whitespace lines dropped before a late XML declaration. */
  private droppedLines = 0;

  constructor(private readonly options: ApiEngagementXmlOptions) {
    this.maxBytes = options.maxBytes ?? API_ENGAGEMENT_XML_DEFAULTS.maxBytes;
    this.maxFieldLength = options.maxFieldLength ?? API_ENGAGEMENT_XML_DEFAULTS.maxFieldLength;
    const maxElements =
      options.maxElementsPerMission ?? API_ENGAGEMENT_XML_DEFAULTS.maxElementsPerMission;
    if (options.recordHashSalt !== undefined)
      this.recordSalt = `${options.recordHashSalt}${RECORD_FORMAT} ${this.maxFieldLength} ${maxElements}\n`;
    this.collector = new MissionCollector(
      {
        maxFieldLength: this.maxFieldLength,
        maxElements,
      },
      (mission) => this.ready.push(mapMission(mission, this.itemIndex++, this.maxFieldLength)),
    );
    Object.assign(this.parser.ENTITIES, HTML_ENTITIES);
    const collector = this.collector;
    this.parser.on('opentag', (tag) => collector.open(tag.name));
    this.parser.on('closetag', (tag) => {
      this.lastClosedTag = tag.name;
      collector.close();
    });
    this.parser.on('text', (text) => collector.text(text));
    this.parser.on('cdata', (text) => collector.text(text));
    this.parser.on('error', (error) => {
      const detail = saxesDetail(error);
      if (!isRecoverable(detail)) throw new XmlSyntaxError(detail, this.lastClosedTag);
    });
  }

  drain(): Array<FeedItem | KnownRecordFeedItem> {
    const items = this.ready;
    this.ready = [];
    return items;
  }

  push(chunk: Uint8Array): FeedParseError | undefined {
    this.bytesIn += chunk.length;
    if (this.bytesIn > this.maxBytes) {
      return new FeedParseError(
        'FEED_TOO_LARGE',
        `Flux trop volumineux : plus de ${this.maxBytes} octets.`,
        {
          byteOffset: this.maxBytes,
        },
      );
    }
    if (this.decoder) return this.decodeAndWrite(chunk);
    this.head.push(chunk);
    this.headLength += chunk.length;
    return this.headIsDecidable() ? this.start() : undefined;
  }

  finish(): FeedParseError | undefined {
    if (!this.decoder) {
      if (this.headLength === 0)
        return new FeedParseError('FEED_EMPTY', 'Flux vide (0 octet).', { byteOffset: 0 });
      const failure = this.start();
      if (failure) return failure;
    }
    const decoder = this.decoder as FeedDecoder;
    const rest = decoder.end();
    const failure = this.write(rest.text, rest.invalid, true);
    if (failure) return failure;
    const end = { byteOffset: this.bytesIn, line: this.line() };
    if (this.collector.rootName === undefined) {
      return new FeedParseError('FEED_EMPTY', 'Flux vide : aucun élément XML.', end);
    }
    try {
      this.parser.close();
    } catch (error) {
      if (!(error instanceof XmlSyntaxError)) throw error;
      return this.malformed(error, end);
    }
    if (
      this.collector.missionCount + this.skippedMissions === 0 &&
      this.collector.rootName !== 'source'
    ) {
      return new FeedParseError(
        'FEED_MALFORMED',
        `Ce n'est pas un flux au format API Engagement : élément racine <${this.collector.rootName}> et aucune <mission>.`,
        end,
      );
    }
    return undefined;
  }

  private headIsDecidable(): boolean {
    if (this.headLength >= HEAD_LIMIT) return true;
    const head = Buffer.concat(this.head)
      .toString('latin1')
      .replace(/^(\xEF\xBB\xBF|\xFF\xFE|\xFE\xFF)/, '');
    const start = head.trimStart();
    if (start.length < 5) return false;
    return !start.startsWith('<?xml') || start.includes('?>');
  }

  /** Decides the encoding from what has been read so far, then feeds it to the parser. */
  private start(): FeedParseError | undefined {
    const head = Buffer.concat(this.head);
    this.head = [];
    const bom = sniffBom(head);
    let encoding: CanonicalEncoding | undefined;
    if (bom) {
      encoding = bom.encoding;
    } else if (this.options.encoding !== undefined) {
      encoding = canonicalEncoding(this.options.encoding);
      if (!encoding) return unsupportedEncodingError(this.options.encoding);
    } else {
      const declared = declaredEncoding(head);
      encoding = declared === undefined ? 'utf-8' : canonicalEncoding(declared);
      if (!encoding) return unsupportedEncodingError(declared as string);
      if (encoding.startsWith('utf-16') && head[0] !== 0 && head[1] !== 0) encoding = 'utf-8';
    }
    if (!bom && head[0] === 0x3c && head[1] === 0x00) encoding = 'utf-16le';
    if (!bom && head[0] === 0x00 && head[1] === 0x3c) encoding = 'utf-16be';
    this.decoder = new FeedDecoder(encoding, bom?.length ?? 0);
    return this.decodeAndWrite(head);
  }

  private decodeAndWrite(chunk: Uint8Array): FeedParseError | undefined {
    const decoded = (this.decoder as FeedDecoder).decode(chunk);
    return this.write(decoded.text, decoded.invalid);
  }

  /**
   * Writes decoded text to the parser through the record splitter: plain text and unknown
   * records are parsed; a known record is not (its item is yielded from its hash).
   */
  private write(
    rawText: string,
    invalid: InvalidBytes | undefined,
    last = false,
  ): FeedParseError | undefined {
    const decoder = this.decoder as FeedDecoder;
    let text = rawText;
    let lead = '';
    if (!this.started && text.length > 0) {
      // A feed that starts with blank lines before its XML declaration is common; saxes refuses it.
      lead = /^\s+(?=<\?xml)/.exec(text)?.[0] ?? '';
      this.droppedLines = lead.split('\n').length - 1;
      text = text.slice(lead.length);
      this.started = true;
    }
    // Pieces are contiguous, from where the held text starts (`held` characters before `text`,
    // read from an earlier chunk at `heldByteOffset`); any other piece starts in this chunk.
    const held = this.splitter.heldLength;
    const pieces = this.splitter.push(text);
    if (last) pieces.push(...this.splitter.end());
    const byteOffsetAt = (position: number) =>
      position === 0 && held > 0
        ? this.heldByteOffset
        : decoder.byteOffsetAt(position - held + lead.length);
    let position = 0;
    for (const piece of pieces) {
      const start = position;
      const failure = this.writePiece(piece, () => byteOffsetAt(start));
      if (failure) return failure;
      position += piece.text.length;
    }
    if (this.splitter.heldLength > 0) this.heldByteOffset = byteOffsetAt(position);
    if (invalid) return invalidUtf8Error(invalid, this.line() + countLines(this.splitter.heldText));
    return undefined;
  }

  private writePiece(piece: FeedPiece, byteOffset: () => number): FeedParseError | undefined {
    let hash: string | undefined;
    if (piece.record && this.recordSalt !== undefined) {
      hash = createHash('sha256').update(this.recordSalt).update(piece.text).digest('base64');
      const externalId = this.options.knownRecords?.get(hash);
      if (externalId !== undefined && !this.collector.inMission) {
        this.ready.push({ index: this.itemIndex++, externalId, recordHash: hash, known: true });
        this.skippedMissions++;
        this.skippedLines += countLines(piece.text);
        this.lastClosedTag = 'mission';
        return undefined;
      }
    }
    this.piece = { position: this.charsWritten, byteOffset, text: piece.text };
    this.charsWritten += piece.text.length;
    const before = this.ready.length;
    const outside = !this.collector.inMission;
    try {
      if (piece.text.length > 0) this.parser.write(piece.text);
    } catch (error) {
      if (!(error instanceof XmlSyntaxError)) throw error;
      return this.malformed(error, this.here());
    }
    // One record read from outside any mission to outside again, one item: only then is the hash
    // the item's, whatever the splitter made of the text.
    const whole = outside && !this.collector.inMission && this.ready.length === before + 1;
    const item = whole ? this.ready[before] : undefined;
    if (hash !== undefined && item !== undefined && 'item' in item) item.recordHash = hash;
    return undefined;
  }

  private line(): number {
    return this.parser.line + this.droppedLines + this.skippedLines;
  }

  private here(): { byteOffset: number; line: number } {
    const decoder = this.decoder as FeedDecoder;
    // saxes has consumed the faulty character: point at it.
    const offset = Math.max(0, this.parser.position - 1 - this.piece.position);
    return {
      byteOffset: this.piece.byteOffset() + decoder.byteLengthOf(this.piece.text.slice(0, offset)),
      line: this.line(),
    };
  }

  private malformed(
    error: XmlSyntaxError,
    where: { byteOffset: number; line: number },
  ): FeedParseError {
    if (error.detail === 'document must contain a root element.') {
      return new FeedParseError('FEED_EMPTY', 'Flux vide : aucun élément XML.', where);
    }
    return new FeedParseError(
      'FEED_MALFORMED',
      `XML invalide ${describePosition(where.byteOffset, where.line)} : ${frenchXmlError(error.detail, error.openTag)}`,
      where,
    );
  }
}

function countLines(text: string): number {
  let lines = 0;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) lines++;
  return lines;
}

/** The `encoding` of an XML declaration read from the first bytes, if any. */
function declaredEncoding(head: Buffer): string | undefined {
  const start = head.subarray(0, HEAD_LIMIT).toString('latin1');
  return /^\s*<\?xml\s[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(start)?.[1];
}
