import { MissionRecordSplitter, type FeedPiece } from './mission-records';
import { fixture } from './__fixtures__/streams';

/** The pieces of `text` pushed in slices of `size` characters. */
function split(text: string, size: number, splitter = new MissionRecordSplitter()): FeedPiece[] {
  const pieces: FeedPiece[] = [];
  for (let start = 0; start < text.length; start += size)
    pieces.push(...splitter.push(text.slice(start, start + size)));
  pieces.push(...splitter.end());
  return pieces;
}

const records = (pieces: FeedPiece[]) => pieces.filter((p) => p.record).map((p) => p.text);
const joined = (pieces: FeedPiece[]) => pieces.map((p) => p.text).join('');

describe(MissionRecordSplitter.name, () => {
  const national = fixture('national-feed.xml').toString('utf8');

  it.each([1, 2, 7, 64, 1000, 1_000_000])(
    'cuts the national feed into its missions and the text between them (%i-character slices)',
    (size) => {
      const pieces = split(national, size);
      expect(joined(pieces)).toBe(national);
      const found = records(pieces);
      expect(found).toEqual(national.match(/<mission>[\s\S]*?<\/mission>/g));
      expect(found.length).toBeGreaterThan(3);
    },
  );

  it('reads comments, CDATA, processing instructions and quoted attributes as such', () => {
    const inner =
      '<title><![CDATA[</mission> <mission> ]]></title><!-- </mission> --><?pi </mission>?>' +
      '<link href="a>b" rel=\'c"</mission>\'/><empty/>';
    const text = `<?xml version="1.0"?><source a="<mission>"><!-- <mission>x</mission> -->
      <Mission id="1">${inner}</Mission> <mission>${inner}</mission ></source>`;
    for (const size of [1, 3, 1000]) {
      const pieces = split(text, size);
      expect(joined(pieces)).toBe(text);
      expect(records(pieces)).toEqual([
        `<Mission id="1">${inner}</Mission>`,
        `<mission>${inner}</mission >`,
      ]);
    }
  });

  it('does not take the root element, a self-closing mission nor a namespaced one for a record', () => {
    const text = '<mission><a/></mission>';
    expect(records(split(text, 5))).toEqual([]);
    expect(records(split('<source><mission/><ns:mission>x</ns:mission></source>', 4))).toEqual([]);
  });

  it.each([
    ['a DOCTYPE', '<!DOCTYPE source [<!ENTITY x "y">]><source><mission>&x;</mission></source>'],
    ['a mission inside a mission', '<source><mission><mission>a</mission></mission></source>'],
    ['a closing tag that does not match', '<source><mission><a></b></mission></source>'],
    ['a tag without a name', '<source>< mission><mission>a</mission></source>'],
  ])('turns itself off at %s: the rest is plain text for the parser', (_, text) => {
    const splitter = new MissionRecordSplitter();
    const pieces = split(text, 6, splitter);
    expect(joined(pieces)).toBe(text);
    expect(records(pieces)).toEqual([]);
    expect(splitter.active).toBe(false);
  });

  it('turns itself off at a record longer than its limit, holding no more than that', () => {
    const splitter = new MissionRecordSplitter(100);
    const text = `<source><mission><description>${'x'.repeat(500)}</description></mission><mission>a</mission></source>`;
    const pieces: FeedPiece[] = [];
    for (let start = 0; start < text.length; start += 40) {
      pieces.push(...splitter.push(text.slice(start, start + 40)));
      expect(splitter.heldLength).toBeLessThanOrEqual(140);
    }
    pieces.push(...splitter.end());
    expect(joined(pieces)).toBe(text);
    expect(records(pieces)).toEqual([]);
  });

  it('gives an unfinished record back as plain text at the end (a truncated feed)', () => {
    const text = '<source><mission>ok</mission><mission><title>cut';
    const pieces = split(text, 8);
    expect(joined(pieces)).toBe(text);
    expect(records(pieces)).toEqual(['<mission>ok</mission>']);
    expect(pieces.at(-1)).toEqual({ record: false, text: '<mission><title>cut' });
  });
});
