import type { FeedItem } from '@passerelle/connectors-api-engagement';
import { inputHash, inputHashSalt } from './input-hash';
import { prepareAhead } from './prepared-ahead';
import { runPipeline } from './run-pipeline';

const item: FeedItem = {
  index: 0,
  warnings: [],
  item: {
    externalId: 'a1',
    title: 'Distribution alimentaire du samedi',
    description: '<p>Préparer et distribuer les colis.</p>',
    applyUrl: 'https://plateforme.example/a1',
    domain: 'solidarite-insertion',
    addresses: [{ postalCode: '69003', city: 'Lyon' }],
  },
};
const salt = inputHashSalt();
const now = new Date('2026-01-01T00:00:00Z');

describe(prepareAhead.name, () => {
  it('hashes the input and runs the pipeline on an item not known to be unchanged', () => {
    const prepared = prepareAhead(item, { salt, now, knownInputs: [] }, new Map());
    expect(prepared.ahead).toEqual({
      inputHash: inputHash(item.item, salt),
      pipeline: runPipeline(item.item, { now }),
    });
    expect(prepared.ahead?.pipeline?.ok).toBe(true);
  });

  it('only hashes an item whose input hash is a known one', () => {
    const known = new Map([[inputHash(item.item, salt), 'a1']]);
    expect(prepareAhead(item, { salt, knownInputs: [...known] }, known).ahead).toEqual({
      inputHash: inputHash(item.item, salt),
    });
  });

  it('takes the hash of the record the item was read from, when the connector gives it', () => {
    const read = { ...item, recordHash: 'record-hash' };
    expect(prepareAhead(read, { salt, knownInputs: [] }, new Map()).ahead?.inputHash).toBe(
      'record-hash',
    );
    const known = new Map([['record-hash', 'a1']]);
    expect(prepareAhead(read, { salt, knownInputs: [...known] }, known).ahead).toEqual({
      inputHash: 'record-hash',
    });
  });

  it('leaves a known record as it is', () => {
    const known = { index: 2, externalId: 'a1', recordHash: 'h', known: true } as const;
    expect(prepareAhead(known, { salt, knownInputs: [['h', 'a1']] }, new Map())).toBe(known);
  });

  it('leaves an item the connector rejected as it is', () => {
    const rejected: FeedItem = {
      index: 1,
      externalId: 'x',
      rejected: [{ path: '', code: 'MISSION_EMPTY', message: 'Élément <mission> vide.' }],
    };
    expect(prepareAhead(rejected, { salt, knownInputs: [] }, new Map())).toBe(rejected);
  });
});
