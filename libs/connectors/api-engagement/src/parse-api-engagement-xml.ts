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
} from '@passerelle/connectors-core';
import { SaxesParser } from 'saxes';
import { MissionCollector } from './mission-collector';
import { mapMission } from './mission-mapper';
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
}

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
export async function* parseApiEngagementXml(
  source: AsyncIterable<Buffer | Uint8Array>,
  options: ApiEngagementXmlOptions = {},
): AsyncGenerator<FeedItem> {
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
  private ready: FeedItem[] = [];
  private itemIndex = 0;
  private bytesIn = 0;
  private head: Uint8Array[] = [];
  private headLength = 0;
  private decoder: FeedDecoder | undefined;
  /** Characters written to the parser so far. */
  private charsWritten = 0;
  /** Parser position of the first character of the decoder's current chunk. */
  private chunkPosition = 0;
  private started = false;
  /** Name of the last element closed, to explain a mismatched closing tag. */
  private lastClosedTag: string | undefined;
  /** Whitespace lines dropped before a late XML declaration. */
  private droppedLines = 0;

  constructor(private readonly options: ApiEngagementXmlOptions) {
    this.maxBytes = options.maxBytes ?? API_ENGAGEMENT_XML_DEFAULTS.maxBytes;
    this.maxFieldLength = options.maxFieldLength ?? API_ENGAGEMENT_XML_DEFAULTS.maxFieldLength;
    this.collector = new MissionCollector(
      {
        maxFieldLength: this.maxFieldLength,
        maxElements:
          options.maxElementsPerMission ?? API_ENGAGEMENT_XML_DEFAULTS.maxElementsPerMission,
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

  drain(): FeedItem[] {
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
    const failure = this.write(rest.text, rest.invalid);
    if (failure) return failure;
    const end = { byteOffset: this.bytesIn, line: this.parser.line + this.droppedLines };
    if (this.collector.rootName === undefined) {
      return new FeedParseError('FEED_EMPTY', 'Flux vide : aucun élément XML.', end);
    }
    try {
      this.parser.close();
    } catch (error) {
      if (!(error instanceof XmlSyntaxError)) throw error;
      return this.malformed(error, end);
    }
    if (this.collector.missionCount === 0 && this.collector.rootName !== 'source') {
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

  private write(rawText: string, invalid: InvalidBytes | undefined): FeedParseError | undefined {
    let text = rawText;
    // Not `parser.position`: between two writes saxes reports it past the end.
    this.chunkPosition = this.charsWritten;
    if (!this.started && text.length > 0) {
      // A feed that starts with blank lines before its XML declaration is common; saxes refuses it.
      const lead = /^\s+(?=<\?xml)/.exec(text)?.[0] ?? '';
      this.droppedLines = lead.split('\n').length - 1;
      this.chunkPosition -= lead.length;
      text = text.slice(lead.length);
      this.started = true;
    }
    this.charsWritten += text.length;
    try {
      if (text.length > 0) this.parser.write(text);
    } catch (error) {
      if (!(error instanceof XmlSyntaxError)) throw error;
      return this.malformed(error, this.here());
    }
    if (invalid) return invalidUtf8Error(invalid, this.parser.line + this.droppedLines);
    return undefined;
  }

  private here(): { byteOffset: number; line: number } {
    const decoder = this.decoder as FeedDecoder;
    // saxes has consumed the faulty character: point at it.
    const position = Math.max(0, this.parser.position - 1 - this.chunkPosition);
    return {
      byteOffset: decoder.byteOffsetAt(position),
      line: this.parser.line + this.droppedLines,
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

/** The `encoding` of an XML declaration read from the first bytes, if any. */
function declaredEncoding(head: Buffer): string | undefined {
  const start = head.subarray(0, HEAD_LIMIT).toString('latin1');
  return /^\s*<\?xml\s[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(start)?.[1];
}
