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
    const prepared = prepareAhead(item, { salt, now, knownHashes: [] }, new Set());
    expect(prepared.ahead).toEqual({
      inputHash: inputHash(item.item, salt),
      pipeline: runPipeline(item.item, { now }),
    });
    expect(prepared.ahead?.pipeline?.ok).toBe(true);
  });

  it('only hashes an item whose input hash is a known one', () => {
    const known = new Set([inputHash(item.item, salt)]);
    expect(prepareAhead(item, { salt, knownHashes: [...known] }, known).ahead).toEqual({
      inputHash: inputHash(item.item, salt),
    });
  });

  it('leaves an item the connector rejected as it is', () => {
    const rejected: FeedItem = {
      index: 1,
      externalId: 'x',
      rejected: [{ path: '', code: 'MISSION_EMPTY', message: 'Élément <mission> vide.' }],
    };
    expect(prepareAhead(rejected, { salt, knownHashes: [] }, new Set())).toBe(rejected);
  });
});
