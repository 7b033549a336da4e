import * as iconv from 'iconv-lite';
import { FeedParseError } from '@passerelle/connectors-core';
import { parseApiEngagementXml } from './parse-api-engagement-xml';
import { chunked, fixture, mapped, run } from './__fixtures__/streams';

const mission = (id: string, title = 'Titre') =>
  `<mission><clientId>${id}</clientId><title><![CDATA[${title}]]></title></mission>\n`;

describe(`${parseApiEngagementXml.name} — encodings`, () => {
  it.each([1, 5, 4096])(
    'transcodes a feed declared ISO-8859-1, read as windows-1252 (%i-byte chunks)',
    async (size) => {
      const { items, error } = await run(
        parseApiEngagementXml(chunked(fixture('latin1-feed.xml'), size)),
      );
      expect(error).toBeUndefined();
      expect(mapped(items, 0).item.title).toBe('Accompagnement des élèves à la bibliothèque');
      expect(mapped(items, 0).item.description).toBe(
        '<p>Lecture à voix haute, prêt d’ouvrages, cœur de la médiathèque.</p>',
      );
      expect(mapped(items, 0).item.addresses?.[0]?.city).toBe('Besançon');
      expect(mapped(items, 1).item.title).toBe('Fête de quartier « Été solidaire »');
    },
  );

  it('honours a forced encoding over a lying XML declaration', async () => {
    const bytes = iconv.encode(
      `<?xml version="1.0" encoding="UTF-8"?><source>${mission('A1', 'Activités périscolaires')}</source>`,
      'latin1',
    );
    const { items, error } = await run(
      parseApiEngagementXml(chunked(bytes), { encoding: 'ISO-8859-1' }),
    );
    expect(error).toBeUndefined();
    expect(mapped(items, 0).item.title).toBe('Activités périscolaires');
  });

  it('reads a UTF-16 feed with a byte order mark', async () => {
    const bytes = iconv.encode(
      `<?xml version="1.0" encoding="UTF-16"?><source>${mission('A1', 'Fête')}</source>`,
      'utf-16le',
      { addBOM: true },
    );
    const { items, error } = await run(parseApiEngagementXml(chunked(bytes, 3)));
    expect(error).toBeUndefined();
    expect(mapped(items, 0).item.title).toBe('Fête');
  });

  it('skips a UTF-8 byte order mark', async () => {
    const bytes = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from(`<?xml version="1.0"?><source>${mission('A1')}</source>`),
    ]);
    const { items, error } = await run(parseApiEngagementXml(chunked(bytes, 2)));
    expect(error).toBeUndefined();
    expect(items).toHaveLength(1);
  });

  it('yields the missions before an invalid UTF-8 byte, then throws FEED_ENCODING_INVALID with its byte offset and line', async () => {
    const before = Buffer.from(
      `<?xml version="1.0" encoding="UTF-8"?>\n<source>\n${mission('A1', 'Été')}<mission><clientId>A2</clientId><title>Caf`,
    );
    const bytes = Buffer.concat([
      before,
      Buffer.from([0xe9]),
      Buffer.from(` solidaire</title></mission>\n${mission('A3')}</source>`),
    ]);
    for (const size of [bytes.length, 7]) {
      const { items, error } = await run(parseApiEngagementXml(chunked(bytes, size)));
      expect(items.map((item) => mapped(items, item.index).item.externalId)).toEqual(['A1']);
      expect(error).toBeInstanceOf(FeedParseError);
      expect(error).toMatchObject({
        code: 'FEED_ENCODING_INVALID',
        byteOffset: before.length,
        line: 4,
      });
      expect(error?.message).toBe(
        `Octet invalide en UTF-8 à l'octet ${before.length} (ligne 4) (0xE9) : le flux est peut-être en ISO-8859-1 ou windows-1252 ; corrigez l'encodage déclaré ou configurez-le.`,
      );
    }
  });

  it('reports a multi-byte character cut by the end of the feed as invalid UTF-8', async () => {
    const bytes = Buffer.concat([
      Buffer.from(`<source>${mission('A1')}</source>`),
      Buffer.from([0xc3]),
    ]);
    const { items, error } = await run(parseApiEngagementXml(chunked(bytes)));
    expect(items).toHaveLength(1);
    expect(error).toMatchObject({ code: 'FEED_ENCODING_INVALID', byteOffset: bytes.length - 1 });
  });

  it('refuses an encoding it cannot read with FEED_ENCODING_INVALID', async () => {
    const { error } = await run(
      parseApiEngagementXml(chunked('<?xml version="1.0" encoding="x-klingon"?><source/>')),
    );
    expect(error).toMatchObject({
      code: 'FEED_ENCODING_INVALID',
      message: 'Encodage « x-klingon » non pris en charge : utilisez UTF-8 ou ISO-8859-1.',
    });
  });
});

describe(`${parseApiEngagementXml.name} — malformed feeds`, () => {
  it('yields the complete missions of a truncated feed, then throws FEED_MALFORMED at its end', async () => {
    const bytes = fixture('truncated-feed.xml');
    const { items, error } = await run(parseApiEngagementXml(chunked(bytes, 1000)));
    expect(items.map((item) => mapped(items, item.index).item.externalId)).toEqual([
      'BR-1001',
      'BR-1002',
      'BR-1003',
    ]);
    expect(error).toMatchObject({ code: 'FEED_MALFORMED', byteOffset: bytes.length, line: 101 });
    expect(error?.message).toBe(
      `XML invalide à l'octet ${bytes.length} (ligne 101) : balise <title> non fermée (flux tronqué ?)`,
    );
  });

  it('stops at a syntax error mid-file, with the byte offset (not the character offset) and the line', async () => {
    const before = `<?xml version="1.0"?>\n<source>\n${mission('A1', 'Éducation à l’environnement')}<mission><clientId>A2</clientId><title>Été</titre`;
    const xml = `${before}></mission>\n${mission('A3')}</source>`;
    const { items, error } = await run(parseApiEngagementXml(chunked(xml, 10)));
    expect(items).toHaveLength(1);
    expect(error).toMatchObject({
      code: 'FEED_MALFORMED',
      byteOffset: Buffer.byteLength(before),
      line: 4,
    });
    expect(error?.message).toBe(
      `XML invalide à l'octet ${Buffer.byteLength(before)} (ligne 4) : balise fermante inattendue (la balise <title> n'est pas fermée)`,
    );
  });

  it('explains an unescaped ampersand', async () => {
    const { error } = await run(
      parseApiEngagementXml(
        chunked(`<source><mission><title>Sport & loisirs; jeunesse</title></mission></source>`),
      ),
    );
    expect(error?.message).toMatch(
      /« & » non échappé : écrivez &amp; ou placez la valeur dans une section CDATA$/,
    );
  });

  it.each([
    ['an empty body', ''],
    ['only whitespace', '  \n\n '],
    ['only an XML declaration', '<?xml version="1.0" encoding="UTF-8"?>\n'],
  ])('throws FEED_EMPTY for %s', async (_label, body) => {
    const { items, error } = await run(parseApiEngagementXml(chunked(body)));
    expect(items).toEqual([]);
    expect(error).toBeInstanceOf(FeedParseError);
    expect(error?.code).toBe('FEED_EMPTY');
  });

  it('throws FEED_MALFORMED for a document that is not a mission feed (an HTML error page)', async () => {
    const { error } = await run(
      parseApiEngagementXml(chunked('<html><body><h1>Erreur 503</h1></body></html>')),
    );
    expect(error).toMatchObject({ code: 'FEED_MALFORMED' });
    expect(error?.message).toContain('élément racine <html>');
  });

  it('throws FEED_TOO_LARGE past maxBytes, after the missions read so far', async () => {
    const xml = `<source>${mission('A1')}${mission('A2')}${mission('A3')}</source>`;
    const { items, error } = await run(parseApiEngagementXml(chunked(xml, 60), { maxBytes: 100 }));
    expect(items.length).toBeLessThan(3);
    expect(error).toMatchObject({ code: 'FEED_TOO_LARGE', byteOffset: 100 });
  });
});
