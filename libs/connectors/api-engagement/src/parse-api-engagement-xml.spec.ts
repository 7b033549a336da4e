import { ListingKind, RemoteMode } from '@passerelle/shared-domain';
import { isRejectedFeedItem } from '@passerelle/connectors-core';
import { parseApiEngagementXml } from './parse-api-engagement-xml';
import { asAsync, chunked, fixture, mapped, run } from './__fixtures__/streams';

const feed = fixture('national-feed.xml');

describe(parseApiEngagementXml.name, () => {
  describe('on a realistic national feed', () => {
    it('yields every mission, in feed order, without failing', async () => {
      const { items, error } = await run(parseApiEngagementXml(chunked(feed)));
      expect(error).toBeUndefined();
      expect(items.map((item) => item.index)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    });

    it('maps a complete mission to a ListingInput', async () => {
      const { items } = await run(parseApiEngagementXml(chunked(feed)));
      expect(mapped(items, 0)).toEqual({
        index: 0,
        warnings: [],
        item: {
          externalId: 'BR-1001',
          kind: ListingKind.NEED,
          title: 'Distribution alimentaire aux Restos du cœur',
          description:
            '<p>Vous aiderez à la <strong>distribution</strong> des colis alimentaires.</p><ul><li>Accueil des bénéficiaires</li><li>Tri des denrées</li></ul>',
          applyUrl:
            'https://www.benevoles-en-reseau.fr/missions/1001?utm_source=api&utm_medium=flux',
          url: null,
          domain: 'solidarite-insertion',
          activities: ['distribution', 'collecte-de-produits', 'accueil-de-public'],
          tags: ['alimentaire', 'précarité'],
          remote: RemoteMode.ONSITE,
          places: 4,
          schedule: 'Le mardi matin, 3 heures',
          startsAt: '01/02/2025',
          endsAt: '30/06/2025',
          postedAt: '15/01/2025',
          openToMinors: true,
          reducedMobilityAccessible: false,
          closeToTransport: true,
          imageUrl: 'https://cdn.benevoles-en-reseau.fr/img/1001.jpg',
          addresses: [
            {
              street: '12 rue de la Paix',
              postalCode: '69002',
              city: 'Lyon',
              cityCode: null,
              departmentCode: '69',
              country: 'FR',
              lat: 45.764,
              lon: 4.8357,
            },
          ],
          organization: {
            externalId: 'ORG-77',
            name: 'Les Restos du Cœur du Rhône',
            rna: 'W691234567',
            siren: '775671356',
            url: 'https://www.restosducoeur.org',
          },
        },
      });
    });

    it('reads the adresse, organizationRna and location{lat,lon} aliases and plain (non-CDATA) values', async () => {
      const { items } = await run(parseApiEngagementXml(chunked(feed)));
      const { item } = mapped(items, 1);
      expect(item.title).toBe('Soutien scolaire en collège');
      expect(item.description).toBe('<p>Aide aux devoirs pour des élèves de 6<sup>e</sup>.</p>');
      expect(item.remote).toBe(RemoteMode.HYBRID);
      expect(item.places).toBe(12);
      expect([item.openToMinors, item.reducedMobilityAccessible, item.closeToTransport]).toEqual([
        false,
        true,
        true,
      ]);
      expect(item.addresses).toEqual([
        expect.objectContaining({
          street: '3 place du Capitole',
          postalCode: '31000',
          city: 'Toulouse',
          lat: 43.6045,
          lon: 1.444,
        }),
      ]);
      expect(item.organization).toEqual(
        expect.objectContaining({ name: 'Association Réussite Éducative', rna: 'W313000111' }),
      );
    });

    it('reads every site of a multi-site mission, with location or lonlat', async () => {
      const { items } = await run(parseApiEngagementXml(chunked(feed)));
      const { item } = mapped(items, 2);
      expect(item.remote).toBe(RemoteMode.ONSITE); // "local"
      expect(item.addresses).toEqual([
        {
          street: 'Quai de Loire',
          postalCode: '45000',
          city: 'Orléans',
          cityCode: null,
          departmentCode: '45',
          country: 'France',
          lat: 47.8951,
          lon: 1.9108,
        },
        {
          street: 'Quai de la Tournelle',
          postalCode: '75005',
          city: 'Paris',
          cityCode: null,
          departmentCode: '75',
          country: null,
          lat: 48.851,
          lon: 2.354,
        },
      ]);
    });

    it('decodes HTML entities in text fields, keeps them in HTML descriptions, and strips control characters', async () => {
      const { items } = await run(parseApiEngagementXml(chunked(feed)));
      const { item, warnings } = mapped(items, 3);
      expect(item.title).toBe('Rédaction de la lettre d’information & réseaux sociaux');
      expect(item.description).toBe('<p>R&eacute;diger la lettre mensuelle.</p>');
      expect(item.organization?.name).toBe('Solidarités Numériques');
      expect(item.remote).toBe(RemoteMode.REMOTE);
      expect(warnings).toEqual([]);
    });

    it('turns unreadable values into null with a French warning, and keeps the mission', async () => {
      const { items } = await run(parseApiEngagementXml(chunked(feed)));
      const { item, warnings } = mapped(items, 4);
      expect(item).toEqual(
        expect.objectContaining({
          places: null,
          remote: null,
          openToMinors: null,
          domain: 'Culture & loisirs',
        }),
      );
      expect(item.addresses).toEqual([
        expect.objectContaining({ city: 'Marseille', lat: null, lon: null }),
      ]);
      expect(warnings.map(({ path, code }) => [path, code])).toEqual([
        ['remote', 'UNKNOWN_REMOTE_MODE'],
        ['places', 'INVALID_PLACES'],
        ['openToMinors', 'INVALID_BOOLEAN'],
        ['addresses[0]', 'INVALID_COORDINATES'],
      ]);
      expect(warnings[1]?.message).toBe('Nombre de places illisible : « deux » (ignoré).');
    });

    it('passes a mission without clientId on with an empty externalId, for the pipeline to reject', async () => {
      const { items } = await run(parseApiEngagementXml(chunked(feed)));
      expect(mapped(items, 5).item).toEqual(
        expect.objectContaining({ externalId: '', title: 'Mission sans identifiant' }),
      );
    });

    it('rejects an empty <mission> element', async () => {
      const { items } = await run(parseApiEngagementXml(chunked(feed)));
      expect(items[6]).toEqual({
        index: 6,
        rejected: [{ path: '', code: 'MISSION_EMPTY', message: 'Élément <mission> vide.' }],
      });
      expect(items.filter(isRejectedFeedItem)).toHaveLength(1);
    });

    it('ignores unknown elements and reads a lone <address> block with a "lon;lat" pair', async () => {
      const { items } = await run(parseApiEngagementXml(chunked(feed)));
      const { item, warnings } = mapped(items, 7);
      expect(item.addresses).toEqual([
        {
          street: 'Place Kléber',
          postalCode: '67000',
          city: 'Strasbourg',
          cityCode: null,
          departmentCode: null,
          country: null,
          lat: 48.5839,
          lon: 7.7455,
        },
      ]);
      expect(item.openToMinors).toBe(false);
      expect(warnings).toEqual([]);
    });

    it('reads French decimal commas in overseas coordinates', async () => {
      const { items } = await run(parseApiEngagementXml(chunked(feed)));
      expect(mapped(items, 8).item.addresses).toEqual([
        expect.objectContaining({
          postalCode: '97400',
          departmentCode: '974',
          lat: -20.8823,
          lon: 55.4504,
        }),
      ]);
    });

    it('passes duplicated clientIds on as they are (the pipeline decides)', async () => {
      const { items } = await run(parseApiEngagementXml(chunked(feed)));
      expect(mapped(items, 9).item.externalId).toBe('BR-1001');
    });
  });

  it('reads the reference sample of the national format', async () => {
    const { items, error } = await run(
      parseApiEngagementXml(chunked(fixture('reference-sample.xml'))),
    );
    expect(error).toBeUndefined();
    expect(items).toHaveLength(1);
    const { item, warnings } = mapped(items, 0);
    expect(warnings).toEqual([]);
    expect(item).toEqual(
      expect.objectContaining({
        externalId: '32132143',
        title: 'Titre de la mission',
        applyUrl: 'https://www.urltomymission.org',
        startsAt: '01/01/2025',
        endsAt: '11/01/2025',
        remote: RemoteMode.REMOTE,
        places: 2,
        activities: ['logistique'],
        tags: ['environnement', 'écologie'],
        imageUrl: 'https://monurl.com/1.jpg',
        openToMinors: true,
      }),
    );
    expect(item.addresses?.map((address) => [address.city, address.lat, address.lon])).toEqual([
      ['Paris', 48.8541, 2.3643],
      ['Orléans', 47.8951, 1.9108],
    ]);
    expect(item.organization).toEqual({
      externalId: '123312321',
      name: 'Mon asso',
      rna: 'W922000733',
      siren: '332737394',
      url: 'https://www.organizationname.com',
    });
  });

  it.each([1, 3, 17, 1000])(
    'yields the same items when the feed arrives in %i-byte chunks',
    async (size) => {
      const whole = await run(parseApiEngagementXml(chunked(feed, feed.length)));
      const split = await run(parseApiEngagementXml(chunked(feed, size)));
      expect(split).toEqual(whole);
    },
  );

  it('yields a <source> without missions as an empty feed, not an error', async () => {
    const { items, error } = await run(
      parseApiEngagementXml(
        chunked('<?xml version="1.0"?>\n<source><publisher>X</publisher></source>'),
      ),
    );
    expect(items).toEqual([]);
    expect(error).toBeUndefined();
  });

  it('reads element names case-insensitively', async () => {
    const xml =
      '<source><mission><ClientID>A1</ClientID><TITLE>Titre</TITLE><OrganizationRNA>W123456789</OrganizationRNA><organizationName>Asso</organizationName></mission></source>';
    const { items } = await run(parseApiEngagementXml(chunked(xml)));
    expect(mapped(items, 0).item).toEqual(
      expect.objectContaining({ externalId: 'A1', title: 'Titre' }),
    );
    expect(mapped(items, 0).item.organization?.rna).toBe('W123456789');
  });

  it('keeps an entity XML does not define as written instead of failing', async () => {
    const xml =
      '<source><mission><clientId>A1</clientId><title>Caf&eacute; &unknown; solidaire</title></mission></source>';
    const { items, error } = await run(parseApiEngagementXml(chunked(xml)));
    expect(error).toBeUndefined();
    expect(mapped(items, 0).item.title).toBe('Café &unknown; solidaire');
  });

  it('accepts blank lines before the XML declaration', async () => {
    const { items, error } = await run(
      parseApiEngagementXml(
        chunked(
          '\n\n  <?xml version="1.0" encoding="UTF-8"?><source><mission><clientId>A1</clientId></mission></source>',
        ),
      ),
    );
    expect(error).toBeUndefined();
    expect(items).toHaveLength(1);
  });

  it('cuts a value longer than maxFieldLength and warns', async () => {
    const xml = `<source><mission><clientId>A1</clientId><description><![CDATA[${'x'.repeat(50)}]]></description></mission></source>`;
    const { items } = await run(parseApiEngagementXml(chunked(xml), { maxFieldLength: 10 }));
    expect(mapped(items, 0).item.description).toBe('x'.repeat(10));
    expect(mapped(items, 0).warnings).toEqual([
      expect.objectContaining({ path: 'description', code: 'FIELD_TRUNCATED' }),
    ]);
  });

  it('rejects a mission with more elements than maxElementsPerMission, and reads the next one', async () => {
    const big = `<mission><clientId>BIG</clientId>${'<tag>x</tag>'.repeat(10)}</mission>`;
    const xml = `<source>${big}<mission><clientId>OK</clientId></mission></source>`;
    const { items } = await run(parseApiEngagementXml(chunked(xml), { maxElementsPerMission: 5 }));
    expect(items[0]).toEqual({
      index: 0,
      externalId: 'BIG',
      rejected: [expect.objectContaining({ code: 'MISSION_TOO_LARGE' })],
    });
    expect(mapped(items, 1).item.externalId).toBe('OK');
  });

  it('streams a generated 20,000-mission feed, yielding items before the feed is fully read', async () => {
    const total = 20_000;
    let chunksProduced = 0;
    function* generatedFeed(): Generator<Buffer> {
      yield Buffer.from('<?xml version="1.0" encoding="UTF-8"?>\n<source>\n');
      for (let start = 0; start < total; start += 100) {
        let xml = '';
        for (let i = start; i < start + 100; i++) {
          xml +=
            `<mission><clientId><![CDATA[GEN-${i}]]></clientId><title><![CDATA[Mission n°${i}]]></title>` +
            `<description><![CDATA[<p>Description de la mission ${i}, à Paris.</p>]]></description>` +
            `<applicationUrl><![CDATA[https://exemple.fr/m/${i}]]></applicationUrl><places>2</places>` +
            `<activity>animation,sport</activity><city>Paris</city><lonlat>2.35,48.85</lonlat></mission>\n`;
        }
        chunksProduced++;
        yield Buffer.from(xml);
      }
      yield Buffer.from('</source>\n');
    }
    let count = 0;
    let chunksWhenFirstItem = -1;
    let last: string | undefined;
    for await (const feedItem of parseApiEngagementXml(asAsync(generatedFeed()))) {
      if (count === 0) chunksWhenFirstItem = chunksProduced;
      count++;
      if ('item' in feedItem) last = feedItem.item.externalId;
    }
    expect(count).toBe(total);
    expect(last).toBe(`GEN-${total - 1}`);
    expect(chunksWhenFirstItem).toBe(1);
  });
});
