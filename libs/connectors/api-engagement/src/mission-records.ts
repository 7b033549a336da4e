/**
 * Splits the decoded text of a national feed into pieces whose concatenation is the text, in
 * order: plain text, and records, each a `<mission>` element not nested in another, from its
 * `<` to the `>` that closes it. A record whose text the caller already has (same hash) can then
 * skip the XML parser (see `ApiEngagementXmlOptions.knownRecords`).
 *
 * It knows just enough XML to find where a record ends: comments, CDATA sections, processing
 * instructions, quoted attribute values, nested elements. What it does not follow (a DOCTYPE,
 * which may declare entities; a `<mission>` inside a record; a closing tag that does not match;
 * a record longer than `maxRecordLength`) turns it off for the rest of the feed: every later
 * piece is plain text, for the XML parser to read and, if it is malformed, to report.
 */

export interface FeedPiece {
  /** A whole `<mission>…</mission>` element. */
  record: boolean;
  text: string;
}

/** The name of a record's element, in any case (the collector lowercases names). */
const isMissionName = (name: string) => name.length === 7 && name.toLowerCase() === 'mission';

const NEED_MORE = -1;
const UNSUPPORTED = -2;

const enum Kind {
  Other,
  Open,
  Close,
}

export class MissionRecordSplitter {
  /** Text not emitted yet: an unfinished token, or a record whose end has not been read. */
  private held = '';
  /** Position in `held` up to which the text has been read. */
  private scan = 0;
  /** Depth of elements at `scan`, outside records (0: before the root element). */
  private depth = 0;
  /** Start of the record being read in `held`, or -1. */
  private recordStart = -1;
  private recordName = '';
  /** Names of the elements open inside the record being read. */
  private readonly inner: string[] = [];
  private off = false;
  /** Set by `token`: what the last token was, its element name, whether it closes itself. */
  private kind = Kind.Other;
  private name = '';
  private selfClosing = false;

  constructor(private readonly maxRecordLength = 8 * 1024 * 1024) {}

  /** Text received and not emitted yet: the start of an unfinished record or token. */
  get heldText(): string {
    return this.held;
  }

  get heldLength(): number {
    return this.held.length;
  }

  /** Whether records are still looked for (false once something was not followed). */
  get active(): boolean {
    return !this.off;
  }

  /** The pieces complete with this text; the rest is held until more text comes. */
  push(text: string): FeedPiece[] {
    if (this.off) return text.length > 0 ? [{ record: false, text }] : [];
    const held = this.held + text;
    const pieces: FeedPiece[] = [];
    let emitted = 0;
    let scan = this.scan;
    for (;;) {
      const lt = held.indexOf('<', scan);
      if (lt < 0) {
        scan = held.length;
        break;
      }
      scan = lt;
      const end = this.token(held, lt);
      if (end === NEED_MORE) break;
      if (end === UNSUPPORTED) {
        this.off = true;
        break;
      }
      if (this.recordStart < 0) {
        if (this.kind === Kind.Open) {
          if (this.depth >= 1 && !this.selfClosing && isMissionName(this.name)) {
            this.recordStart = lt;
            this.recordName = this.name;
            this.inner.length = 0;
          } else if (!this.selfClosing) this.depth++;
        } else if (this.kind === Kind.Close) this.depth--;
      } else if (this.kind === Kind.Open) {
        if (isMissionName(this.name)) {
          this.off = true;
          break;
        }
        if (!this.selfClosing) this.inner.push(this.name);
      } else if (this.kind === Kind.Close) {
        const open = this.inner.pop();
        if (open !== undefined ? open !== this.name : this.name !== this.recordName) {
          this.off = true;
          break;
        } else if (open === undefined) {
          if (this.recordStart > emitted)
            pieces.push({ record: false, text: held.slice(emitted, this.recordStart) });
          pieces.push({ record: true, text: held.slice(this.recordStart, end) });
          emitted = end;
          this.recordStart = -1;
        }
      }
      scan = end;
    }
    if (!this.off && this.recordStart >= 0 && held.length - this.recordStart > this.maxRecordLength)
      this.off = true;
    if (this.off) {
      if (held.length > emitted) pieces.push({ record: false, text: held.slice(emitted) });
      this.held = '';
      this.scan = 0;
      return pieces;
    }
    // Plain text is emitted up to the token being read; a record only once it is whole.
    const cut = this.recordStart >= 0 ? this.recordStart : scan;
    if (cut > emitted) pieces.push({ record: false, text: held.slice(emitted, cut) });
    this.held = held.slice(cut);
    this.scan = scan - cut;
    if (this.recordStart >= 0) this.recordStart = 0;
    return pieces;
  }

  /** What is held at the end of the feed, as plain text (an unfinished record is malformed). */
  end(): FeedPiece[] {
    const text = this.held;
    this.held = '';
    this.scan = 0;
    this.recordStart = -1;
    return text.length > 0 ? [{ record: false, text }] : [];
  }

  /**
   * Reads the markup starting at `start` (a `<`): returns where it ends (the position after its
   * last character) and sets `kind`, `name` and `selfClosing`; or NEED_MORE when the text stops
   * before its end, or UNSUPPORTED.
   */
  private token(text: string, start: number): number {
    this.kind = Kind.Other;
    const length = text.length;
    if (start + 1 >= length) return NEED_MORE;
    const next = text.charCodeAt(start + 1);
    if (next === 0x21 /* ! */) {
      if (text.startsWith('<![CDATA[', start)) return ended(text.indexOf(']]>', start + 9), 3);
      if (text.startsWith('<!--', start)) return ended(text.indexOf('-->', start + 4), 3);
      const seen = text.slice(start, start + 9);
      if ('<![CDATA['.startsWith(seen) || '<!--'.startsWith(seen)) return NEED_MORE;
      return UNSUPPORTED; // a DOCTYPE (entities) or worse
    }
    if (next === 0x3f /* ? */) return ended(text.indexOf('?>', start + 2), 2);
    if (next === 0x2f /* / */) {
      const gt = text.indexOf('>', start + 2);
      if (gt < 0) return NEED_MORE;
      const name = text.slice(start + 2, gt).trimEnd();
      if (name.length === 0 || /\s/.test(name)) return UNSUPPORTED;
      this.kind = Kind.Close;
      this.name = name;
      return gt + 1;
    }
    let i = start + 1;
    for (; i < length; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x3e || c === 0x2f || c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d) break;
    }
    if (i >= length) return NEED_MORE;
    if (i === start + 1) return UNSUPPORTED;
    const name = text.slice(start + 1, i);
    for (; i < length; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x3e /* > */) {
        this.kind = Kind.Open;
        this.name = name;
        this.selfClosing = text.charCodeAt(i - 1) === 0x2f;
        return i + 1;
      }
      if (c === 0x22 || c === 0x27) {
        const quote = text.indexOf(c === 0x22 ? '"' : "'", i + 1);
        if (quote < 0) return NEED_MORE;
        i = quote;
      }
    }
    return NEED_MORE;
  }
}

/** The end of a token whose terminator (`length` characters) was found at `at`, if it was. */
function ended(at: number, length: number): number {
  return at < 0 ? NEED_MORE : at + length;
}
