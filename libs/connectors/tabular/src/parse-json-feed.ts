import {
  FeedParseError,
  describePosition,
  invalidUtf8Error,
  type FeedDecoder,
  type FeedItem,
} from '@passerelle/connectors-core';
import {
  TokenParser,
  TokenParserError,
  TokenType,
  Tokenizer,
  TokenizerError,
} from '@streamparser/json';
import { Buffer } from 'node:buffer';
import {
  FeedTextDecoder,
  TABULAR_DEFAULTS,
  checkedMapping,
  type FeedText,
  type TabularFeedOptions,
} from './feed-text';
import type { FieldMapping, MappedField } from './field-mapping';
import { RecordMapper } from './record-mapper';

/**
 * Reads a JSON feed — a top-level array of items, or an object whose `items` is that array —
 * and yields each element as soon as it is complete (@streamparser/json: only the current
 * element is held in memory). Elements are mapped with the partner's `FieldMapping`.
 */
export async function* parseJsonFeed(
  source: AsyncIterable<Buffer | Uint8Array>,
  options: TabularFeedOptions,
): AsyncGenerator<FeedItem> {
  const mapping = checkedMapping(options.mapping);
  const bytes = new FeedTextDecoder(
    mapping.encoding,
    options.maxBytes ?? TABULAR_DEFAULTS.maxBytes,
  );
  const reader = new JsonFeedReader(mapping, bytes);
  for await (const chunk of source) {
    const failure = reader.write(bytes.push(chunk));
    yield* reader.drain();
    if (failure) throw failure;
  }
  const failure = reader.write(bytes.end()) ?? reader.end();
  yield* reader.drain();
  if (failure) throw failure;
}

/** Numbers too large to be exact stay strings: partners' ids do not fit in a double. */
class FeedTokenizer extends Tokenizer {
  protected override parseNumber(numberText: string): number {
    const value = Number(numberText);
    if (Number.isSafeInteger(value) || !/^-?\d+$/.test(numberText)) return value;
    return numberText as unknown as number;
  }
}

/** The document is valid JSON but not a feed: a scalar, or an object whose `items` is not an array. */
class NotAFeedError extends Error {}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describeJson(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'une liste';
  return typeof value === 'string'
    ? 'un texte'
    : typeof value === 'number'
      ? 'un nombre'
      : 'un booléen';
}

function countNewlines(text: string, end = text.length): number {
  let count = 0;
  for (let at = text.indexOf('\n'); at !== -1 && at < end; at = text.indexOf('\n', at + 1)) count++;
  return count;
}

class JsonFeedReader {
  private readonly tokenizer = new FeedTokenizer();
  private parser: TokenParser | undefined;
  private readonly mapper: RecordMapper;
  /** Source path of each mapped field, split on dots. */
  private readonly paths: Map<MappedField, { source: string; segments: string[] }>;
  private ready: FeedItem[] = [];
  private index = 0;
  // Shape of an `{ items: [...] }` document, followed token by token.
  private isObjectDocument = false;
  private depth = 0;
  private expectKey = false;
  private itemsKeySeen = false;
  private itemsValueNext = false;
  private itemsFound = false;
  // Positions, for error messages.
  private text = '';
  private linesBefore = 0;
  private utf8Before = 0;
  private lastTokenOffset = 0;

  constructor(
    mapping: FieldMapping,
    private readonly bytes: FeedTextDecoder,
  ) {
    this.mapper = new RecordMapper(mapping);
    this.paths = new Map(
      Object.entries(mapping.fields).map(([field, source]) => [
        field as MappedField,
        { source, segments: source.split('.') },
      ]),
    );
    this.tokenizer.onToken = (token) => this.onToken(token);
    this.tokenizer.onEnd = () => {
      if (this.parser && !this.parser.isEnded) this.parser.end();
    };
  }

  drain(): FeedItem[] {
    const items = this.ready;
    this.ready = [];
    return items;
  }

  write(decoded: FeedText): FeedParseError | undefined {
    this.linesBefore += countNewlines(this.text);
    this.utf8Before += Buffer.byteLength(this.text, 'utf8');
    this.text = decoded.text;
    if (decoded.text.length > 0) {
      try {
        this.tokenizer.write(decoded.text);
      } catch (error) {
        return this.malformed(error);
      }
    }
    if (decoded.invalid)
      return invalidUtf8Error(decoded.invalid, this.linesBefore + countNewlines(this.text) + 1);
    return decoded.failure;
  }

  end(): FeedParseError | undefined {
    const where = {
      byteOffset: this.bytes.bytesRead,
      line: this.linesBefore + countNewlines(this.text) + 1,
    };
    try {
      this.tokenizer.end();
    } catch (error) {
      if (error instanceof NotAFeedError) return this.notAFeed(error, where);
      if (!(error instanceof Error)) throw error;
      return new FeedParseError(
        'FEED_MALFORMED',
        `JSON invalide ${describePosition(where.byteOffset, where.line)} : fin de flux au milieu d'une valeur (flux tronqué ?)`,
        where,
      );
    }
    if (!this.parser)
      return new FeedParseError('FEED_EMPTY', 'Flux vide : aucune donnée JSON.', where);
    if (this.isObjectDocument && !this.itemsFound) {
      return new FeedParseError(
        'FEED_MALFORMED',
        'JSON sans liste d’annonces : attendu un tableau, ou un objet avec un tableau « items ».',
        where,
      );
    }
    return undefined;
  }

  private onToken(info: Parameters<Tokenizer['onToken']>[0]): void {
    this.lastTokenOffset = info.offset;
    if (!this.parser) this.parser = this.startDocument(info.token);
    if (this.isObjectDocument) this.followShape(info.token, info.value);
    this.parser.write(info);
  }

  private startDocument(token: TokenType): TokenParser {
    if (token !== TokenType.LEFT_BRACKET && token !== TokenType.LEFT_BRACE) {
      throw new NotAFeedError('le document est une valeur simple');
    }
    this.isObjectDocument = token === TokenType.LEFT_BRACE;
    const parser = new TokenParser({
      paths: [this.isObjectDocument ? '$.items.*' : '$.*'],
      keepStack: false,
    });
    parser.onValue = ({ value }) => this.ready.push(this.mapElement(value));
    return parser;
  }

  /** Follows the top level of `{ ..., "items": [ ... ] }` to check that `items` is an array. */
  private followShape(token: TokenType, value: unknown): void {
    if (this.itemsValueNext) {
      this.itemsValueNext = false;
      if (token !== TokenType.LEFT_BRACKET)
        throw new NotAFeedError('« items » n’est pas un tableau');
      this.itemsFound = true;
    }
    switch (token) {
      case TokenType.LEFT_BRACE:
      case TokenType.LEFT_BRACKET:
        this.depth++;
        this.expectKey = this.depth === 1;
        break;
      case TokenType.RIGHT_BRACE:
      case TokenType.RIGHT_BRACKET:
        this.depth--;
        break;
      case TokenType.COMMA:
        this.expectKey = this.depth === 1;
        break;
      case TokenType.STRING:
        if (this.expectKey && this.depth === 1) this.itemsKeySeen = value === 'items';
        this.expectKey = false;
        break;
      case TokenType.COLON:
        this.itemsValueNext = this.itemsKeySeen && this.depth === 1;
        this.itemsKeySeen = false;
        break;
      default:
    }
  }

  private mapElement(value: unknown): FeedItem {
    const index = this.index++;
    if (!isObject(value)) {
      return {
        index,
        rejected: [
          {
            path: '',
            code: 'ITEM_NOT_AN_OBJECT',
            message: `Élément ignoré : un objet était attendu, pas ${describeJson(value)}.`,
          },
        ],
      };
    }
    return this.mapper.map(index, (field) => this.lookup(value, field));
  }

  /** The value at a mapped source path: a key as written (even with dots), else a dotted path (`organisation.nom`, `lieux.0.ville`). */
  private lookup(item: Record<string, unknown>, field: MappedField): unknown {
    const path = this.paths.get(field);
    if (!path) return undefined;
    if (Object.hasOwn(item, path.source)) return item[path.source];
    let current: unknown = item;
    for (const segment of path.segments) {
      if (Array.isArray(current) && /^\d+$/.test(segment)) current = current[Number(segment)];
      else if (isObject(current) && Object.hasOwn(current, segment)) current = current[segment];
      else return undefined;
    }
    return current;
  }

  private malformed(error: unknown): FeedParseError {
    if (!(error instanceof Error)) throw error;
    const decoder = this.bytes.decoder as FeedDecoder;
    const utf8 = Buffer.from(this.text, 'utf8');
    // Tokenizer errors tell the byte in the chunk written; parser errors, the last token read.
    const position = /at position "(\d+)"/.exec(error.message)?.[1];
    const utf8Index =
      position !== undefined ? Number(position) : this.lastTokenOffset - this.utf8Before;
    const textIndex = utf8
      .subarray(0, Math.max(0, Math.min(utf8Index, utf8.length)))
      .toString('utf8').length;
    const where = {
      byteOffset: decoder.byteOffsetAt(textIndex),
      line: this.linesBefore + countNewlines(this.text, textIndex) + 1,
    };
    if (error instanceof NotAFeedError) return this.notAFeed(error, where);
    if (!(error instanceof TokenizerError) && !(error instanceof TokenParserError)) throw error;
    const unexpected =
      /^Unexpected "(.)"/.exec(error.message)?.[1] ??
      /^Unexpected \w+ \((.*)\) in state/.exec(error.message)?.[1];
    const detail =
      unexpected === undefined
        ? `erreur de syntaxe (${error.message})`
        : `« ${unexpected.replace(/^"|"$/g, '')} » inattendu`;
    return new FeedParseError(
      'FEED_MALFORMED',
      `JSON invalide ${describePosition(where.byteOffset, where.line)} : ${detail}`,
      where,
    );
  }

  private notAFeed(
    error: NotAFeedError,
    where: { byteOffset: number; line: number },
  ): FeedParseError {
    return new FeedParseError(
      'FEED_MALFORMED',
      `JSON sans liste d’annonces (${error.message}) : attendu un tableau, ou un objet avec un tableau « items ».`,
      where,
    );
  }
}
