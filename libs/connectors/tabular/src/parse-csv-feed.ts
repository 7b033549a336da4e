import {
  FeedParseError,
  describePosition,
  invalidUtf8Error,
  normalizeKey,
  type FeedItem,
  type ItemIssue,
} from '@passerelle/connectors-core';
import { parse, type CsvError, type Parser } from 'csv-parse';
import { finished } from 'node:stream/promises';
import {
  FeedTextDecoder,
  TABULAR_DEFAULTS,
  checkedMapping,
  type FeedText,
  type TabularFeedOptions,
} from './feed-text';
import { REQUIRED_FIELDS, type FieldMapping, type MappedField } from './field-mapping';
import { RecordMapper, issuePath } from './record-mapper';

/**
 * Reads a CSV feed with a header row and yields one item per row as soon as it is parsed
 * (csv-parse, streaming). The delimiter (`;`, `,` or tab) is detected on the header line; an
 * Excel `sep=;` first line is honoured; quoted fields may hold delimiters and line breaks.
 * Rows are mapped with the partner's `FieldMapping` (source field = column name).
 */
export async function* parseCsvFeed(
  source: AsyncIterable<Buffer | Uint8Array>,
  options: TabularFeedOptions,
): AsyncGenerator<FeedItem> {
  const mapping = checkedMapping(options.mapping);
  const bytes = new FeedTextDecoder(
    mapping.encoding,
    options.maxBytes ?? TABULAR_DEFAULTS.maxBytes,
  );
  const reader = new CsvFeedReader(mapping);
  try {
    for await (const chunk of source) {
      const failure = await reader.write(bytes.push(chunk));
      yield* reader.drain();
      if (failure) throw failure;
    }
    const failure = (await reader.write(bytes.end())) ?? (await reader.end());
    yield* reader.drain();
    if (failure) throw failure;
  } finally {
    reader.close();
  }
}

/** Longest row accepted, in characters: bounds memory when a quote is never closed. */
export const CSV_MAX_RECORD_SIZE = 1_000_000;
const DELIMITERS = [';', ',', '\t'] as const;
/** Errors after which the rest of the file cannot be trusted. */
const FATAL_CSV_ERRORS = new Set(['CSV_QUOTE_NOT_CLOSED', 'CSV_MAX_RECORD_SIZE']);

/** The delimiter used most on the header line, outside quotes (`,` when there is none). */
export function detectDelimiter(headerLine: string): string {
  const counts = new Map<string, number>(DELIMITERS.map((delimiter) => [delimiter, 0]));
  let quoted = false;
  for (const char of headerLine) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && counts.has(char)) counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  let best = ',';
  let bestCount = 0;
  for (const [delimiter, count] of counts) {
    if (count > bestCount) [best, bestCount] = [delimiter, count];
  }
  return best;
}

class CsvFeedReader {
  private readonly mapper: RecordMapper;
  private parser: Parser | undefined;
  private pending = '';
  /** Lines removed before csv-parse (an Excel `sep=` line). */
  private lineOffset = 0;
  private columns: Map<MappedField, number> | undefined;
  private headerLength = 0;
  private missingColumns: ItemIssue[] = [];
  private ready: FeedItem[] = [];
  private index = 0;
  private fatal: FeedParseError | undefined;
  private streamError: Error | undefined;

  constructor(private readonly mapping: FieldMapping) {
    this.mapper = new RecordMapper(mapping);
  }

  drain(): FeedItem[] {
    const items = this.ready;
    this.ready = [];
    return items;
  }

  async write(decoded: FeedText): Promise<FeedParseError | undefined> {
    let text = decoded.text;
    if (!this.parser) {
      this.pending += text;
      const newline = this.pending.indexOf('\n');
      const done = decoded.failure !== undefined || decoded.invalid !== undefined;
      if (newline === -1 && this.pending.length < 64 * 1024 && !done) return undefined;
      text = this.start(this.pending);
      this.pending = '';
    }
    await this.feed(text);
    const failure = this.failure();
    if (failure) return failure;
    if (decoded.invalid)
      return invalidUtf8Error(decoded.invalid, (this.parser?.info.lines ?? 1) + this.lineOffset);
    return decoded.failure;
  }

  async end(): Promise<FeedParseError | undefined> {
    if (!this.parser) {
      if (this.pending.trim().length === 0)
        return new FeedParseError('FEED_EMPTY', 'Flux vide : aucune ligne d’en-tête.');
      await this.feed(this.start(this.pending));
      this.pending = '';
    }
    const parser = this.parser as Parser;
    parser.end();
    await finished(parser, { readable: false }).catch(() => undefined);
    const failure = this.failure();
    if (failure) return failure;
    if (!this.columns)
      return new FeedParseError('FEED_EMPTY', 'Flux vide : aucune ligne d’en-tête.');
    return undefined;
  }

  /** Writes text to csv-parse and waits until it is parsed: its rows are then queued. */
  private async feed(text: string): Promise<void> {
    const parser = this.parser;
    if (!parser || text.length === 0) return;
    await new Promise<void>((resolve) => parser.write(text, () => resolve()));
  }

  close(): void {
    this.parser?.destroy();
  }

  /** Detects the delimiter, creates the parser, and returns the text to parse. */
  private start(head: string): string {
    let text = head;
    const firstLine = /^[^\n]*/.exec(text)?.[0] ?? '';
    const sep = /^"?sep=(.)"?\r?$/i.exec(firstLine);
    let delimiter: string;
    if (sep?.[1]) {
      delimiter = sep[1];
      text = text.slice(Math.min(text.length, firstLine.length + 1));
      this.lineOffset = 1;
    } else {
      delimiter = detectDelimiter(firstLine);
    }
    this.parser = parse({
      delimiter,
      relax_quotes: true,
      relax_column_count: true,
      skip_empty_lines: true,
      skip_records_with_empty_values: true,
      skip_records_with_error: true,
      max_record_size: CSV_MAX_RECORD_SIZE,
      on_record: (record: string[], context) => {
        this.onRecord(record, context.lines);
        return undefined; // rows are queued by onRecord, not pushed to the stream
      },
      on_skip: (error) => {
        this.onSkip(error);
        return undefined;
      },
    });
    this.parser.on('error', (error: Error) => {
      this.streamError = error;
    });
    this.parser.resume();
    return text;
  }

  private failure(): FeedParseError | undefined {
    if (this.fatal) return this.fatal;
    if (this.streamError) {
      return new FeedParseError('FEED_MALFORMED', `CSV invalide : ${this.streamError.message}`, {
        cause: this.streamError,
      });
    }
    return undefined;
  }

  private onRecord(record: string[], line: number): void {
    if (this.fatal) return;
    if (!this.columns) {
      this.readHeader(record);
      return;
    }
    const columns = this.columns;
    const warnings = [...this.missingColumns];
    if (record.length !== this.headerLength) {
      warnings.push({
        path: '',
        code: 'COLUMN_COUNT_MISMATCH',
        message: `Ligne ${line + this.lineOffset} : ${record.length} colonnes au lieu de ${this.headerLength}.`,
      });
    }
    this.ready.push(
      this.mapper.map(
        this.index++,
        (field) => {
          const column = columns.get(field);
          return column === undefined ? undefined : record[column];
        },
        warnings,
      ),
    );
  }

  private onSkip(error: CsvError | undefined): void {
    if (this.fatal || !error) return;
    const lines: unknown = error['lines'];
    const line = typeof lines === 'number' ? lines + this.lineOffset : undefined;
    if (!this.columns || FATAL_CSV_ERRORS.has(error.code)) {
      const detail =
        error.code === 'CSV_QUOTE_NOT_CLOSED'
          ? 'guillemet ouvert jamais fermé (flux tronqué ?)'
          : error.code === 'CSV_MAX_RECORD_SIZE'
            ? `ligne de plus de ${CSV_MAX_RECORD_SIZE} caractères (guillemet non fermé ?)`
            : error.message;
      this.fatal = new FeedParseError(
        'FEED_MALFORMED',
        `CSV invalide ${describePosition(undefined, line)} : ${detail}`,
        {
          ...(line === undefined ? {} : { line }),
          cause: error,
        },
      );
      return;
    }
    this.ready.push({
      index: this.index++,
      rejected: [
        {
          path: '',
          code: 'ROW_MALFORMED',
          message: `Ligne ${line ?? '?'} illisible : ${error.message}`,
        },
      ],
    });
  }

  /** Finds the column of every mapped field; a missing required column fails the feed. */
  private readHeader(header: string[]): void {
    const names = header.map((name) => name.replace(/^\uFEFF/, '').trim());
    const normalized = names.map(normalizeKey);
    this.headerLength = names.length;
    const columns = new Map<MappedField, number>();
    const missingRequired: string[] = [];
    for (const [field, source] of Object.entries(this.mapping.fields) as Array<
      [MappedField, string]
    >) {
      let column = names.indexOf(source);
      if (column === -1) column = normalized.indexOf(normalizeKey(source));
      if (column !== -1) {
        columns.set(field, column);
      } else if (REQUIRED_FIELDS.includes(field)) {
        missingRequired.push(source);
      } else {
        this.missingColumns.push({
          path: issuePath(field),
          code: 'COLUMN_MISSING',
          message: `Colonne « ${source} » absente de l'en-tête (${field} ignoré).`,
        });
      }
    }
    if (missingRequired.length > 0) {
      this.fatal = new FeedParseError(
        'FEED_COLUMNS_MISSING',
        `Colonnes obligatoires absentes de l'en-tête : ${missingRequired.map((name) => `« ${name} »`).join(', ')}. En-tête lu : ${names.join(' | ')}.`,
        { line: 1 + this.lineOffset },
      );
      return;
    }
    this.columns = columns;
  }
}
