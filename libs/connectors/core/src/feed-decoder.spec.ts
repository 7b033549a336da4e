import { FeedDecoder, canonicalEncoding, firstInvalidUtf8Byte, sniffBom } from './feed-decoder';

const bytes = (...values: number[]) => Uint8Array.from(values);

describe(FeedDecoder.name, () => {
  const text = 'Fête à Besançon — cœur 🌍 €';
  const utf8 = Buffer.from(text, 'utf8');

  it('decodes UTF-8 split at every possible byte boundary', () => {
    for (let cut = 0; cut <= utf8.length; cut++) {
      const decoder = new FeedDecoder('utf-8');
      const first = decoder.decode(utf8.subarray(0, cut));
      const second = decoder.decode(utf8.subarray(cut));
      const end = decoder.end();
      expect([first.invalid, second.invalid, end.invalid]).toEqual([
        undefined,
        undefined,
        undefined,
      ]);
      expect(first.text + second.text + end.text).toBe(text);
    }
  });

  it('returns the valid text before an invalid byte, and the byte offset of that byte', () => {
    const decoder = new FeedDecoder('utf-8');
    expect(decoder.decode(Buffer.from('déjà '))).toEqual({ text: 'déjà ' });
    expect(decoder.decode(bytes(0x61, 0xe9, 0x62))).toEqual({
      text: 'a',
      invalid: { byteOffset: 8, byte: '0xE9' },
    });
  });

  it('counts a skipped byte order mark in offsets', () => {
    const decoder = new FeedDecoder('utf-8', 3);
    expect(decoder.decode(Buffer.from([0xef, 0xbb, 0xbf, 0x41, 0x42]))).toEqual({ text: 'AB' });
    expect(decoder.byteOffsetAt(1)).toBe(4);
  });

  it('tells the byte offset of a text position in multi-byte and single-byte encodings', () => {
    const utf = new FeedDecoder('utf-8');
    utf.decode(Buffer.from('éé'));
    utf.decode(Buffer.from('àbc'));
    expect(utf.byteOffsetAt(2)).toBe(4 + 3);
    const latin = new FeedDecoder('windows-1252');
    latin.decode(Buffer.from([0xe9, 0xe9]));
    latin.decode(Buffer.from([0xe0, 0x62, 0x63]));
    expect(latin.byteOffsetAt(2)).toBe(2 + 2);
  });
});

describe(firstInvalidUtf8Byte.name, () => {
  it.each([
    ['a lone continuation byte', bytes(0x41, 0x80), 1],
    ['an overlong encoding', bytes(0x41, 0xc0, 0x80), 1],
    ['an encoded surrogate', bytes(0xed, 0xa0, 0x80), 0],
    ['a code point above U+10FFFF', bytes(0xf4, 0x90, 0x80, 0x80), 0],
    ['a Latin-1 é', bytes(0x43, 0x61, 0x66, 0xe9), 3],
    ['valid text', Buffer.from('ok é 🌍'), -1],
  ])('finds %s', (_label, input, expected) => {
    expect(firstInvalidUtf8Byte(input)).toBe(expected);
  });
});

describe(canonicalEncoding.name, () => {
  it.each([
    ['UTF-8', 'utf-8'],
    ['utf8', 'utf-8'],
    ['ISO-8859-1', 'windows-1252'],
    ['latin1', 'windows-1252'],
    ['windows-1252', 'windows-1252'],
    ['ISO-8859-15', 'iso-8859-15'],
    ['x-klingon', undefined],
  ])('reads %s as %s', (label, expected) => {
    expect(canonicalEncoding(label)).toBe(expected);
  });

  it('recognizes byte order marks', () => {
    expect(sniffBom(bytes(0xef, 0xbb, 0xbf, 0x3c))).toEqual({ encoding: 'utf-8', length: 3 });
    expect(sniffBom(bytes(0xff, 0xfe, 0x3c, 0x00))).toEqual({ encoding: 'utf-16le', length: 2 });
    expect(sniffBom(bytes(0x3c, 0x3f))).toBeUndefined();
  });
});
