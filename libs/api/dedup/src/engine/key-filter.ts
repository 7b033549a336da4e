/**
 * A Bloom filter of blocking keys: `mightContain` is false only for a key that was never
 * added, and true for a key that was not with a probability of about 1 % (10 bits and 7
 * hashes per expected key; more bits when the size is rounded up to a power of two). Blocking
 * uses it to skip the lookups of probe keys that no other partner's source is stored with
 * (about half of them at 100,000 listings, docs/dedup.md): a skipped lookup finds nothing.
 */
export class KeyFilter {
  private readonly bits: Uint32Array;
  private readonly mask: number;
  private count = 0;

  /** `expectedKeys`: how many keys will be added (more only raises the false positives). */
  constructor(expectedKeys: number) {
    let size = 1024;
    while (size < expectedKeys * BITS_PER_KEY && size < MAX_BITS) size *= 2;
    this.bits = new Uint32Array(size / 32);
    this.mask = size - 1;
  }

  /** Keys added, with repeats. */
  get added(): number {
    return this.count;
  }

  /** Bytes held. */
  get bytes(): number {
    return this.bits.byteLength;
  }

  add(key: string): void {
    this.count++;
    const [h1, h2] = hashes(key);
    for (let i = 0; i < HASHES; i++) {
      const bit = (h1 + Math.imul(i, h2)) & this.mask;
      this.bits[bit >>> 5]! |= 1 << (bit & 31);
    }
  }

  mightContain(key: string): boolean {
    const [h1, h2] = hashes(key);
    for (let i = 0; i < HASHES; i++) {
      const bit = (h1 + Math.imul(i, h2)) & this.mask;
      if ((this.bits[bit >>> 5]! & (1 << (bit & 31))) === 0) return false;
    }
    return true;
  }
}

const BITS_PER_KEY = 10;
const HASHES = 7;
/** 2^31 bits (256 MiB) at most: bit positions stay within a signed 32-bit integer. */
const MAX_BITS = 2 ** 31;

/**
 * Two 32-bit hashes of the UTF-16 code units (FNV-1a and a multiplicative one, each finished
 * by MurmurHash3's mixer), combined as h1 + i·h2 (Kirsch–Mitzenmacher); h2 is odd so that the
 * positions of one key never repeat modulo a power of two.
 */
function hashes(key: string): [number, number] {
  let a = 0x811c9dc5;
  let b = 0x9747b28c;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b + c, 0x5bd1e995) ^ (b >>> 15);
  }
  return [mix(a), mix(b) | 1];
}

function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
