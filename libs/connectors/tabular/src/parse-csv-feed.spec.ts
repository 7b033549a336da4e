import { FeedParseError } from '@passerelle/connectors-core';
import { RemoteMode } from '@passerelle/shared-domain';
import type { FieldMapping } from './field-mapping';
import { detectDelimiter, parseCsvFeed } from './parse-csv-feed';
import { civicMapping, nantesMapping } from './__fixtures__/mappings';
import { asAsync, chunked, fixture, mapped, run } from './__fixtures__/streams';

const nantes = fixture('nantes-semicolon.csv');
const simple: FieldMapping = {
  fields: { externalId: 'id', title: 'titre', description: 'desc', applyUrl: 'lien' },
};

describe(parseCsvFeed.name, () => {
  describe('on a ";" Excel export (BOM, CRLF, French headers)', () => {
    it('yields one item per row, skipping blank rows', async () => {
      const { items, error } = await run(parseCsvFeed(chunked(nantes), { mapping: nantesMapping }));
      expect(error).toBeUndefined();
      expect(items.map((item) => mapped(items, item.index).item.externalId)).toEqual([
        'NA-101',
        'NA-102',
        'NA-103',
        'NA-105',
      ]);
    });

    it('maps a row with crosswalks, French decimal commas and oui/non flags', async () => {
      const { items } = await run(parseCsvFeed(chunked(nantes), { mapping: nantesMapping }));
      expect(mapped(items, 0)).toEqual({
        index: 0,
        warnings: [],
        item: {
          externalId: 'NA-101',
          kind: null,
          title: 'Accueil des familles à la Maison des solidarités',
          description: 'Accueil et orientation des familles.',
          applyUrl: 'https://benevolat.nantes.example/missions/101',
          url: null,
          domain: 'solidarite-insertion',
          activities: ['accueil-de-public', 'ecoute-permanence'],
          tags: null,
          remote: RemoteMode.ONSITE,
          places: 2,
          schedule: null,
          startsAt: '01/03/2025',
          endsAt: '30/06/2025',
          postedAt: null,
          openToMinors: true,
          reducedMobilityAccessible: null,
          closeToTransport: null,
          imageUrl: null,
          addresses: [
            {
              street: '2 rue de la Paix',
              postalCode: '44000',
              city: 'Nantes',
              cityCode: null,
              departmentCode: null,
              country: null,
              lat: 47.2184,
              lon: -1.5536,
            },
          ],
          organization: {
            name: 'Maison des solidarités',
            externalId: null,
            rna: 'W442000999',
            siren: null,
            url: null,
          },
        },
      });
    });

    it('reads quoted fields holding the delimiter, doubled quotes and line breaks', async () => {
      const { items } = await run(parseCsvFeed(chunked(nantes), { mapping: nantesMapping }));
      const { item } = mapped(items, 1);
      expect(item.title).toBe('Collecte "Banque alimentaire"');
      expect(item.description).toBe(
        '<p>Collecte en magasin ; samedi et dimanche.</p>\n<p>Gilet fourni.</p>',
      );
      expect(item.remote).toBe(RemoteMode.HYBRID);
    });

    it('warns on an unreadable number of places and keeps the row', async () => {
      const { items } = await run(parseCsvFeed(chunked(nantes), { mapping: nantesMapping }));
      expect(mapped(items, 2).item.places).toBeNull();
      expect(mapped(items, 2).warnings).toEqual([
        {
          path: 'places',
          code: 'INVALID_PLACES',
          message: 'Nombre de places illisible : « deux » (ignoré).',
        },
      ]);
    });

    it('warns on a short row and reads the columns it has', async () => {
      const { items } = await run(parseCsvFeed(chunked(nantes), { mapping: nantesMapping }));
      const { item, warnings } = mapped(items, 3);
      expect(item).toEqual(
        expect.objectContaining({
          domain: 'education',
          activities: ['soutien-scolaire', 'informatique'],
          remote: RemoteMode.REMOTE,
          openToMinors: true,
        }),
      );
      expect(warnings).toEqual([
        {
          path: '',
          code: 'COLUMN_COUNT_MISMATCH',
          message: 'Ligne 7 : 11 colonnes au lieu de 18.',
        },
      ]);
    });

    it.each([1, 5, 64])(
      'yields the same items when the feed arrives in %i-byte chunks',
      async (size) => {
        expect(await run(parseCsvFeed(chunked(nantes, size), { mapping: nantesMapping }))).toEqual(
          await run(parseCsvFeed(chunked(nantes), { mapping: nantesMapping })),
        );
      },
    );
  });

  it('reads a "," CSV with quoted commas and lists', async () => {
    const { items, error } = await run(
      parseCsvFeed(chunked(fixture('civic-comma.csv')), { mapping: civicMapping }),
    );
    expect(error).toBeUndefined();
    expect(items).toHaveLength(3);
    expect(mapped(items, 0).item).toEqual(
      expect.objectContaining({
        description: 'Help pupils with homework, twice a week.',
        tags: ['school', 'children'],
        places: 2,
        remote: RemoteMode.ONSITE,
      }),
    );
    expect(mapped(items, 0).item.organization?.name).toBe('Asso "Les Amis"');
    expect(mapped(items, 1).item).toEqual(
      expect.objectContaining({ places: null, tags: null, remote: RemoteMode.REMOTE }),
    );
    expect(mapped(items, 2).item.description).toBe('Sort donations; deliver parcels.');
  });

  it('honours an Excel "sep=" first line', async () => {
    const csv = 'sep=;\nid;titre;desc;lien\n1;Un, deux;D;https://x.fr/1\n';
    const { items } = await run(parseCsvFeed(chunked(csv), { mapping: simple }));
    expect(mapped(items, 0).item.title).toBe('Un, deux');
  });

  it('matches column names case- and accent-insensitively', async () => {
    const csv = 'ID;Titre;DESC;Lien\n1;Un;D;https://x.fr/1\n';
    const { items } = await run(parseCsvFeed(chunked(csv), { mapping: simple }));
    expect(mapped(items, 0).item).toEqual(
      expect.objectContaining({ externalId: '1', title: 'Un', applyUrl: 'https://x.fr/1' }),
    );
  });

  it('throws FEED_COLUMNS_MISSING when a required column is not in the header', async () => {
    const { items, error } = await run(
      parseCsvFeed(chunked('id;titre;description\n1;Un;D\n'), { mapping: simple }),
    );
    expect(items).toEqual([]);
    expect(error).toBeInstanceOf(FeedParseError);
    expect(error).toMatchObject({ code: 'FEED_COLUMNS_MISSING', line: 1 });
    expect(error?.message).toBe(
      "Colonnes obligatoires absentes de l'en-tête : « desc », « lien ». En-tête lu : id | titre | description.",
    );
  });

  it('warns on every row when an optional column is not in the header', async () => {
    const mapping: FieldMapping = { fields: { ...simple.fields, city: 'ville' } };
    const { items } = await run(
      parseCsvFeed(chunked('id;titre;desc;lien\n1;Un;D;https://x.fr/1\n'), { mapping }),
    );
    expect(mapped(items, 0).warnings).toEqual([
      {
        path: 'addresses[0].city',
        code: 'COLUMN_MISSING',
        message: "Colonne « ville » absente de l'en-tête (city ignoré).",
      },
    ]);
  });

  it('yields the rows before a quote that is never closed, then throws FEED_MALFORMED', async () => {
    const csv =
      'id;titre;desc;lien\n1;Un;D;https://x.fr/1\n2;"Deux;D;https://x.fr/2\n3;Trois;D;https://x.fr/3\n';
    const { items, error } = await run(parseCsvFeed(chunked(csv), { mapping: simple }));
    expect(items).toHaveLength(1);
    expect(error).toMatchObject({ code: 'FEED_MALFORMED' });
    expect(error?.message).toMatch(
      /^CSV invalide à la ligne \d+ : guillemet ouvert jamais fermé \(flux tronqué \?\)$/,
    );
  });

  it('reads a windows-1252 export when the mapping says so, and refuses it as UTF-8 with the byte offset', async () => {
    const bytes = Buffer.from('id;titre;desc;lien\n1;Fête;D;https://x.fr/1\n', 'latin1');
    const latin = await run(
      parseCsvFeed(chunked(bytes), { mapping: { ...simple, encoding: 'ISO-8859-1' } }),
    );
    expect(mapped(latin.items, 0).item.title).toBe('Fête');
    const utf8 = await run(parseCsvFeed(chunked(bytes), { mapping: simple }));
    expect(utf8.error).toMatchObject({
      code: 'FEED_ENCODING_INVALID',
      byteOffset: bytes.indexOf(0xea),
    });
  });

  it('throws FEED_EMPTY for an empty file and yields nothing for a header alone', async () => {
    expect((await run(parseCsvFeed(chunked(''), { mapping: simple }))).error?.code).toBe(
      'FEED_EMPTY',
    );
    expect(await run(parseCsvFeed(chunked('id;titre;desc;lien\r\n'), { mapping: simple }))).toEqual(
      { items: [], error: undefined },
    );
  });

  it('streams a generated 10,000-row file, yielding items before the file is fully read', async () => {
    let chunks = 0;
    function* generated(): Generator<Buffer> {
      yield Buffer.from('id;titre;desc;lien\n');
      for (let start = 0; start < 10_000; start += 100) {
        chunks++;
        yield Buffer.from(
          Array.from(
            { length: 100 },
            (_, k) => `${start + k};Mission ${start + k};D;https://x.fr\n`,
          ).join(''),
        );
      }
    }
    let count = 0;
    let chunksAtFirstItem = 0;
    for await (const _item of parseCsvFeed(asAsync(generated()), { mapping: simple })) {
      if (count++ === 0) chunksAtFirstItem = chunks;
    }
    expect(count).toBe(10_000);
    expect(chunksAtFirstItem).toBe(1);
  });
});

describe(detectDelimiter.name, () => {
  it.each([
    ['a;b;c', ';'],
    ['a,b,c', ','],
    ['a\tb\tc', '\t'],
    ['"x;y",b,c', ','],
    ['titre', ','],
  ])('reads %p as delimited by %p', (line, expected) => {
    expect(detectDelimiter(line)).toBe(expected);
  });
});
