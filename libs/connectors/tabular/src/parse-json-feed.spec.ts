import { FeedParseError } from '@passerelle/connectors-core';
import { ListingKind, RemoteMode } from '@passerelle/shared-domain';
import type { FieldMapping } from './field-mapping';
import { parseJsonFeed } from './parse-json-feed';
import { entraideLocaleMapping } from './__fixtures__/mappings';
import { asAsync, chunked, fixture, mapped, run } from './__fixtures__/streams';

const feed = fixture('entraide-locale.json');
const mapping = entraideLocaleMapping;
const simple: FieldMapping = {
  fields: { externalId: 'id', title: 't', description: 'd', applyUrl: 'u' },
};

describe(parseJsonFeed.name, () => {
  it('yields each element of the items array with its mapped fields', async () => {
    const { items, error } = await run(parseJsonFeed(chunked(feed), { mapping }));
    expect(error).toBeUndefined();
    expect(items).toHaveLength(5);
    expect(mapped(items, 0)).toEqual({
      index: 0,
      warnings: [],
      item: {
        externalId: 'EL-001',
        kind: ListingKind.NEED,
        title: 'Aide aux devoirs au centre social',
        description: '<p>Accompagner des collégiens deux soirs par semaine.</p>',
        applyUrl: 'https://entraide-locale.fr/annonces/EL-001/candidater',
        url: 'https://entraide-locale.fr/annonces/EL-001',
        domain: 'education',
        activities: ['soutien-scolaire', 'informatique'],
        tags: ['collège', 'soirée'],
        remote: RemoteMode.ONSITE,
        places: 3,
        schedule: null,
        startsAt: '03/03/2025',
        endsAt: '2025-06-30',
        postedAt: null,
        openToMinors: false,
        reducedMobilityAccessible: null,
        closeToTransport: null,
        imageUrl: null,
        addresses: [
          {
            street: '5 rue des Lilas',
            postalCode: '59000',
            city: 'Lille',
            cityCode: null,
            departmentCode: null,
            country: null,
            lat: 50.6292,
            lon: 3.0573,
          },
        ],
        organization: {
          name: 'Centre social Les Lilas',
          externalId: null,
          rna: 'W595001234',
          siren: null,
          url: null,
        },
      },
    });
  });

  it('applies crosswalks case- and accent-insensitively, and keeps numbers and ids exact', async () => {
    const { items } = await run(parseJsonFeed(chunked(feed), { mapping }));
    const { item, warnings } = mapped(items, 1);
    expect(item.externalId).toBe('12345678901234567890');
    expect(item.kind).toBe(ListingKind.OFFER);
    expect(item.domain).toBe('sante'); // "SANTE" matched the key "Santé"
    expect(item.remote).toBe(RemoteMode.HYBRID);
    expect(item.places).toBe(5);
    expect(item.openToMinors).toBe(true);
    expect(item.addresses?.[0]?.postalCode).toBe('01000'); // written as the number 1000
    expect(warnings).toEqual([]);
  });

  it('keeps values missing from a crosswalk as written, and turns unreadable ones into warnings', async () => {
    const { items } = await run(parseJsonFeed(chunked(feed), { mapping }));
    const { item, warnings } = mapped(items, 2);
    expect(item.domain).toBe('Culture');
    expect(item.addresses?.[0]).toEqual(
      expect.objectContaining({ city: 'Nantes', lat: 47.2184, lon: -1.5536 }),
    );
    expect(warnings.map((warning) => warning.code)).toEqual([
      'UNKNOWN_REMOTE_MODE',
      'INVALID_PLACES',
      'INVALID_BOOLEAN',
      'ORGANIZATION_NAME_MISSING',
    ]);
  });

  it('rejects an element that is not an object and goes on with the next', async () => {
    const { items } = await run(parseJsonFeed(chunked(feed), { mapping }));
    expect(items[3]).toEqual({
      index: 3,
      rejected: [
        {
          path: '',
          code: 'ITEM_NOT_AN_OBJECT',
          message: 'Élément ignoré : un objet était attendu, pas un texte.',
        },
      ],
    });
    const { item, warnings } = mapped(items, 4);
    expect(item.title).toBe('Rédaction de la gazette');
    expect(item.activities).toEqual(['Communication', 'informatique']);
    expect(warnings).toEqual([
      expect.objectContaining({ path: 'addresses[0].street', code: 'INVALID_VALUE_TYPE' }),
    ]);
  });

  it.each([1, 7, 100])(
    'yields the same items when the feed arrives in %i-byte chunks',
    async (size) => {
      expect(await run(parseJsonFeed(chunked(feed, size), { mapping }))).toEqual(
        await run(parseJsonFeed(chunked(feed), { mapping })),
      );
    },
  );

  it('reads a top-level array, and a key containing dots as written', async () => {
    const json = JSON.stringify([
      { id: 1, t: 'Un', d: 'D', u: 'https://x.fr/1', 'lieu.ville': 'Metz' },
      { id: 2, t: 'Deux', d: 'D', u: 'https://x.fr/2' },
    ]);
    const { items, error } = await run(
      parseJsonFeed(chunked(json), {
        mapping: { fields: { ...simple.fields, city: 'lieu.ville' } },
      }),
    );
    expect(error).toBeUndefined();
    expect(items.map((item) => mapped(items, item.index).item.externalId)).toEqual(['1', '2']);
    expect(mapped(items, 0).item.addresses?.[0]?.city).toBe('Metz');
  });

  it.each([
    ['an object without items', '{"data": [{"id": 1}]}'],
    ['items that is not an array', '{"items": {"id": 1}}'],
    ['a string', '"bonjour"'],
  ])('throws FEED_MALFORMED for %s', async (_label, json) => {
    const { items, error } = await run(parseJsonFeed(chunked(json), { mapping: simple }));
    expect(items).toEqual([]);
    expect(error).toBeInstanceOf(FeedParseError);
    expect(error?.code).toBe('FEED_MALFORMED');
    expect(error?.message).toContain('attendu un tableau, ou un objet avec un tableau « items »');
  });

  it.each(['[]', '{"total": 0, "items": []}'])(
    'yields nothing, without error, for %s',
    async (json) => {
      expect(await run(parseJsonFeed(chunked(json), { mapping: simple }))).toEqual({
        items: [],
        error: undefined,
      });
    },
  );

  it('throws FEED_EMPTY for an empty body', async () => {
    const { error } = await run(parseJsonFeed(chunked('  \n'), { mapping: simple }));
    expect(error?.code).toBe('FEED_EMPTY');
  });

  it('yields the complete elements of a truncated feed, then throws FEED_MALFORMED', async () => {
    const cut = feed.subarray(0, feed.indexOf('"EL-003"'));
    const { items, error } = await run(parseJsonFeed(chunked(cut, 50), { mapping }));
    expect(items).toHaveLength(2);
    expect(error).toMatchObject({ code: 'FEED_MALFORMED', byteOffset: cut.length });
    expect(error?.message).toContain('flux tronqué');
  });

  it('reports a syntax error with its byte offset and line', async () => {
    const before =
      '[\n{"id": "é1", "t": "Été", "d": "D", "u": "https://x.fr"},\n{"id": "2", "t": "Deux" ';
    const { items, error } = await run(
      parseJsonFeed(chunked(`${before}"d": "D"}]`, 16), { mapping: simple }),
    );
    expect(items).toHaveLength(1);
    expect(error).toMatchObject({
      code: 'FEED_MALFORMED',
      byteOffset: Buffer.byteLength(before),
      line: 3,
    });
    expect(error?.message).toBe(
      `JSON invalide à l'octet ${Buffer.byteLength(before)} (ligne 3) : « d » inattendu`,
    );
  });

  it('reads a windows-1252 feed when the mapping says so, and refuses it as UTF-8 with the byte offset', async () => {
    const bytes = Buffer.from(
      '[{"id": "1", "t": "Fête", "d": "D", "u": "https://x.fr"}]',
      'latin1',
    );
    const latin = await run(
      parseJsonFeed(chunked(bytes), { mapping: { ...simple, encoding: 'windows-1252' } }),
    );
    expect(mapped(latin.items, 0).item.title).toBe('Fête');
    const utf8 = await run(parseJsonFeed(chunked(bytes), { mapping: simple }));
    expect(utf8.error).toMatchObject({
      code: 'FEED_ENCODING_INVALID',
      byteOffset: bytes.indexOf(0xea),
      line: 1,
    });
  });

  it('throws MAPPING_INVALID before reading anything when the mapping is invalid', async () => {
    const { error } = await run(
      parseJsonFeed(chunked('[]'), { mapping: { fields: { title: 'x' } } }),
    );
    expect(error).toMatchObject({ code: 'MAPPING_INVALID' });
    expect(error?.message).toContain(
      "fields.externalId : Le champ obligatoire « externalId » n'est associé à aucun champ du flux.",
    );
  });

  it('streams a generated 10,000-element feed, yielding items before the feed is fully read', async () => {
    let chunks = 0;
    function* generated(): Generator<Buffer> {
      yield Buffer.from('{"total": 10000, "items": [');
      for (let start = 0; start < 10_000; start += 100) {
        const elements = Array.from({ length: 100 }, (_, k) =>
          JSON.stringify({ id: start + k, t: `Mission ${start + k}`, d: 'D', u: 'https://x.fr' }),
        );
        chunks++;
        yield Buffer.from((start === 0 ? '' : ',') + elements.join(','));
      }
      yield Buffer.from(']}');
    }
    let count = 0;
    let chunksAtFirstItem = 0;
    for await (const _item of parseJsonFeed(asAsync(generated()), { mapping: simple })) {
      if (count++ === 0) chunksAtFirstItem = chunks;
    }
    expect(count).toBe(10_000);
    expect(chunksAtFirstItem).toBe(1);
  });
});
