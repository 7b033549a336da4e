import * as iconv from 'iconv-lite';
import {
  isKnownRecordFeedItem,
  type FeedItem,
  type KnownRecordFeedItem,
} from '@passerelle/connectors-core';
import { parseApiEngagementXml, type ApiEngagementXmlOptions } from './parse-api-engagement-xml';
import { chunked, fixture, mapped, run } from './__fixtures__/streams';

const SALT = 'test salt\n';
const mission = (id: string, title = 'Titre') =>
  `<mission><clientId>${id}</clientId><title><![CDATA[${title}]]></title></mission>\n`;

type Read = FeedItem | KnownRecordFeedItem;
const read = (bytes: Uint8Array | string, size: number, options: ApiEngagementXmlOptions = {}) =>
  run<Read>(parseApiEngagementXml(chunked(bytes, size), { recordHashSalt: SALT, ...options }));

/** The record hashes of a feed's mapped items, by external id. */
async function hashesOf(bytes: Uint8Array | string): Promise<Map<string, string>> {
  const { items } = await read(bytes, 64 * 1024);
  return new Map(
    items.flatMap((item) =>
      'item' in item && item.recordHash ? [[item.item.externalId, item.recordHash] as const] : [],
    ),
  );
}

/** `knownRecords` for some external ids of a feed. */
async function knownOf(bytes: Uint8Array | string, ids: string[]): Promise<Map<string, string>> {
  const hashes = await hashesOf(bytes);
  return new Map(ids.map((id) => [hashes.get(id)!, id]));
}

const withoutHash = (items: Read[]) =>
  items.map((item) => {
    if (!('item' in item)) return item;
    const { recordHash: _, ...rest } = item;
    return rest;
  });

describe(`${parseApiEngagementXml.name} — record hashes`, () => {
  const national = fixture('national-feed.xml');

  it('gives each mapped item the hash of its record, whatever the chunks, and the same items', async () => {
    const plain = await run(parseApiEngagementXml(chunked(national)));
    const byChunks = await Promise.all([1, 13, 4096].map((size) => read(national, size)));
    for (const { items, error } of byChunks) {
      expect(error).toBeUndefined();
      expect(withoutHash(items)).toEqual(plain.items);
      expect(items).toEqual(byChunks[0]!.items);
    }
    const hashes = byChunks[0]!.items.flatMap((item) => ('item' in item ? [item.recordHash] : []));
    expect(hashes.length).toBeGreaterThan(3);
    expect(hashes.every((hash) => typeof hash === 'string' && hash.length === 44)).toBe(true);
    expect(new Set(hashes).size).toBe(hashes.length);
  });

  it('hashes the record alone: the same record elsewhere has the same hash; a byte, the salt or a limit changes it', async () => {
    const a = await hashesOf(`<source>${mission('A1')}${mission('A2')}</source>`);
    const b = await hashesOf(`<?xml version="1.0"?>\n<source>\n  ${mission('A2')}</source>`);
    expect(b.get('A2')).toBe(a.get('A2'));
    const edited = await hashesOf(`<source>${mission('A2', 'Titre!')}</source>`);
    expect(edited.get('A2')).not.toBe(a.get('A2'));
    const salted = await read(`<source>${mission('A2')}</source>`, 100, { recordHashSalt: 'x' });
    expect(mapped(salted.items, 0).recordHash).not.toBe(a.get('A2'));
    const limited = await read(`<source>${mission('A2')}</source>`, 100, { maxFieldLength: 50 });
    expect(mapped(limited.items, 0).recordHash).not.toBe(a.get('A2'));
  });

  it('hashes the decoded text: the same record in ISO-8859-1 has the UTF-8 hash', async () => {
    const text = `<source>${mission('A1', 'Été solidaire')}</source>`;
    const latin1 = iconv.encode(`<?xml version="1.0" encoding="ISO-8859-1"?>${text}`, 'latin1');
    expect((await hashesOf(latin1)).get('A1')).toBe((await hashesOf(text)).get('A1'));
  });

  it('yields known records in place, unparsed, with their external id and hash; the others as before', async () => {
    const plain = await run(parseApiEngagementXml(chunked(national)));
    const ids = plain.items.map((item) => ('item' in item ? item.item.externalId : undefined));
    // Ids that one record only has (the fixture repeats one, with other content).
    const unique = ids.filter((id) => id !== undefined && ids.indexOf(id) === ids.lastIndexOf(id));
    const knownIds = [unique[0]!, unique[2]!, unique.at(-1)!];
    const knownRecords = await knownOf(national, knownIds);
    for (const size of [1, 29, 64 * 1024]) {
      const { items, error } = await read(national, size, { knownRecords });
      expect(error).toBeUndefined();
      expect(items).toHaveLength(plain.items.length);
      items.forEach((item, n) => {
        expect(item.index).toBe(n);
        if (isKnownRecordFeedItem(item)) {
          expect(knownIds).toContain(item.externalId);
          expect(knownRecords.get(item.recordHash)).toBe(item.externalId);
          expect(item.externalId).toBe(ids[n]);
        } else expect(withoutHash([item])[0]).toEqual(plain.items[n]);
      });
      expect(items.filter(isKnownRecordFeedItem)).toHaveLength(3);
    }
  });

  it('counts known records as missions: a feed whose missions are all known is not "not a feed"', async () => {
    const feed = `<missions>${mission('A1')}${mission('A2')}</missions>`;
    const knownRecords = await knownOf(feed, ['A1', 'A2']);
    const { items, error } = await read(feed, 7, { knownRecords });
    expect(error).toBeUndefined();
    expect(items.every(isKnownRecordFeedItem)).toBe(true);
  });

  describe('positions of a failure after known records are those of a full parse', () => {
    const cases: Array<[string, Buffer]> = [
      ['a truncated feed', fixture('truncated-feed.xml')],
      [
        'a syntax error mid-file',
        Buffer.from(
          `<?xml version="1.0"?>\n<source>\n${mission('A1', 'Éducation à l’environnement')}${mission('A0', 'Été\nsur deux lignes')}<mission><clientId>A2</clientId><title>Été</titre></mission>\n${mission('A3')}</source>`,
        ),
      ],
      [
        'an invalid UTF-8 byte',
        Buffer.concat([
          Buffer.from(
            `<?xml version="1.0"?>\n<source>\n${mission('A1', 'Été')}${mission('A0')}<mission><clientId>A2</clientId><title>Caf`,
          ),
          Buffer.from([0xe9]),
          Buffer.from(` solidaire</title></mission>\n${mission('A3')}</source>`),
        ]),
      ],
      [
        'an ISO-8859-1 feed with a syntax error',
        iconv.encode(
          `<?xml version="1.0" encoding="ISO-8859-1"?>\n<source>\n${mission('A1', 'Été')}${mission('A0', 'Fête')}<mission><clientId>A2</clientId><title>Été</titre></mission></source>`,
          'latin1',
        ),
      ],
    ];
    it.each(cases)('%s', async (_, bytes) => {
      const plain = await run(parseApiEngagementXml(chunked(bytes, 1000)));
      expect(plain.error).toBeDefined();
      const ids = plain.items.map((item) => mapped(plain.items, item.index).item.externalId);
      expect(ids.length).toBeGreaterThanOrEqual(2);
      const knownRecords = await knownOf(bytes, ids);
      for (const size of [1, 5, 64, bytes.length]) {
        const { items, error } = await read(bytes, size, { knownRecords });
        expect(items.map((item) => item.index)).toEqual(plain.items.map((item) => item.index));
        expect(items.every(isKnownRecordFeedItem)).toBe(true);
        expect({
          code: error?.code,
          byteOffset: error?.byteOffset,
          line: error?.line,
          message: error?.message,
        }).toEqual({
          code: plain.error?.code,
          byteOffset: plain.error?.byteOffset,
          line: plain.error?.line,
          message: plain.error?.message,
        });
      }
    });
  });
});
