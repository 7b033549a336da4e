/** 2^21: sources per index at most, and the factor that keeps a pair's source in its low bits. */
const SOURCE_SPAN = 2 ** 21;
const BUCKETS = 2 ** 16;

/**
 * The blocking keys of a set of stored sources, in memory: for a key, the sources stored with
 * it, in the order they were added. Blocking ranks a big run's candidates with it instead of
 * one index lookup per probe key in PostgreSQL (ADR 0017).
 *
 * Compact: a key is held as a 32-bit hash, and each (key, source) pair as one float64
 * (`hash · 2^21 + source`, exact below 2^53), sorted, with a directory on the hash's top 16
 * bits; a source's id as its 16 bytes. About 8 bytes per stored key and 16 per source
 * (5 MiB at 67,000 sources and 560,000 keys). Two keys with the same hash (about one
 * probe in 10,000 at that size meets another key's hash) only make a source a candidate
 * it would not have been: candidates are scored, never merged on their keys.
 */
export class KeyIndex {
  /** At most this many sources (2^21): `add` returns false beyond. */
  static readonly MAX_SOURCES = SOURCE_SPAN;

  private entries: Float64Array;
  private entryCount = 0;
  /** A source's id: four 32-bit words, big-endian (so that words compare as the bytes do). */
  private ids: Uint32Array;
  private sourceCount = 0;
  private directory: Uint32Array | undefined;

  /** `expectedSources` and `expectedKeys`: initial capacities (both grow). */
  constructor(expectedSources: number, expectedKeys = expectedSources * 10) {
    this.entries = new Float64Array(Math.max(1024, expectedKeys));
    this.ids = new Uint32Array(Math.max(64, Math.min(expectedSources, SOURCE_SPAN)) * 4);
  }

  /** Sources added. */
  get sources(): number {
    return this.sourceCount;
  }

  /** Keys added, with repeats across sources. */
  get keys(): number {
    return this.entryCount;
  }

  /** Bytes held. */
  get bytes(): number {
    return this.entries.byteLength + this.ids.byteLength + (this.directory?.byteLength ?? 0);
  }

  /**
   * Adds a source (its id: a UUID) and the keys it is stored with; false, and nothing added,
   * once the index holds `MAX_SOURCES`. Not after the first `lookup`.
   */
  add(id: string, keys: Iterable<string>): boolean {
    if (this.directory) throw new Error('KeyIndex: add after lookup');
    if (this.sourceCount >= SOURCE_SPAN) return false;
    const source = this.sourceCount++;
    if ((source + 1) * 4 > this.ids.length) {
      const grown = new Uint32Array(Math.min(this.ids.length * 2, SOURCE_SPAN * 4));
      grown.set(this.ids);
      this.ids = grown;
    }
    const hex = id.replace(/-/g, '');
    for (let word = 0; word < 4; word++)
      this.ids[source * 4 + word] = parseInt(hex.slice(word * 8, word * 8 + 8), 16);
    for (const key of keys) {
      if (this.entryCount === this.entries.length) {
        const grown = new Float64Array(this.entries.length * 2);
        grown.set(this.entries);
        this.entries = grown;
      }
      this.entries[this.entryCount++] = keyHash(key) * SOURCE_SPAN + source;
    }
    return true;
  }

  /**
   * The sources stored with `key`, at most `limit`, the first added first (as PostgreSQL's
   * GIN index returns a key's rows: in their physical order, which a sequential read follows).
   */
  lookup(key: string, limit: number): number[] {
    const directory = this.seal();
    const hash = keyHash(key);
    const bucket = hash >>> 16;
    let low = directory[bucket]!;
    let high = directory[bucket + 1]!;
    const first = hash * SOURCE_SPAN;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.entries[middle]! < first) low = middle + 1;
      else high = middle;
    }
    const found: number[] = [];
    const end = first + SOURCE_SPAN;
    for (let i = low; i < this.entryCount && found.length < limit; i++) {
      const entry = this.entries[i]!;
      if (entry >= end) break;
      found.push(entry - first);
    }
    return found;
  }

  /**
   * Blocking for one item: the sources sharing the most of `probes` (each probe reads at
   * most `perKeyLimit` sources), ties by id, at most `limit`: what the SQL blocking statement
   * ranks (`store/blocking.ts`), from memory.
   */
  rank(probes: readonly string[], perKeyLimit: number, limit: number): number[] {
    const counts = new Map<number, number>();
    for (const probe of probes)
      for (const source of this.lookup(probe, perKeyLimit))
        counts.set(source, (counts.get(source) ?? 0) + 1);
    return [...counts]
      .sort(([a, countA], [b, countB]) => countB - countA || this.compareIds(a, b))
      .slice(0, limit)
      .map(([source]) => source);
  }

  /** The id of a source, as added. */
  idOf(source: number): string {
    let hex = '';
    for (let word = 0; word < 4; word++)
      hex += this.ids[source * 4 + word]!.toString(16).padStart(8, '0');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  }

  /** Sources' ids compared as PostgreSQL compares UUIDs (byte by byte). */
  private compareIds(a: number, b: number): number {
    for (let word = 0; word < 4; word++) {
      const difference = this.ids[a * 4 + word]! - this.ids[b * 4 + word]!;
      if (difference !== 0) return difference;
    }
    return 0;
  }

  /** Sorts the pairs once, and builds the directory: bucket b's pairs start at directory[b]. */
  private seal(): Uint32Array {
    if (this.directory) return this.directory;
    this.entries = this.entries.slice(0, this.entryCount).sort();
    const directory = new Uint32Array(BUCKETS + 1);
    let i = 0;
    for (let bucket = 0; bucket <= BUCKETS; bucket++) {
      const end = bucket * 2 ** 16 * SOURCE_SPAN;
      while (i < this.entryCount && this.entries[i]! < end) i++;
      directory[bucket] = i;
    }
    this.directory = directory;
    return directory;
  }
}

/**
 * A 32-bit hash of the UTF-16 code units: FNV-1a finished by MurmurHash3's mixer (keys are
 * short, normalized ASCII text).
 */
function keyHash(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
