import type { FeedItem } from '@passerelle/connectors-api-engagement';
import { randomUUID } from 'node:crypto';
import {
  loadKeyIndex,
  mergeListingGroups,
  planChunk,
  searchCandidates,
  splitSourceOut,
} from '@passerelle/api-dedup';
import { PartnerEntity } from '@passerelle/api-db';
import { createTestDatabase, type TestDatabase } from '@passerelle/api-db/testing';
import { ItemOutcome, SyncTrigger, type ListingInput } from '@passerelle/shared-domain';
import { Logger } from '@nestjs/common';
import { runPipeline } from '../pipeline';
import { IngestService } from './ingest.service';

/** One mission as platform A writes it. */
const aMission = (externalId: string, overrides: Partial<ListingInput> = {}): ListingInput => ({
  externalId,
  title: 'Maraude du soir dans le quartier Coteaux',
  description:
    '<p>Rejoignez l’équipe de <strong>maraude</strong> : aller à la rencontre des personnes sans-abri, ' +
    'distribuer des boissons chaudes et orienter vers les structures d’accueil du quartier.</p>',
  applyUrl: `https://plateforme-a.example/missions/${externalId}`,
  domain: 'solidarite-insertion',
  startsAt: '2027-01-05',
  endsAt: '2027-03-31',
  addresses: [
    {
      street: '12 rue de Soultz',
      postalCode: '68100',
      city: 'Mulhouse',
      lat: 47.7508,
      lon: 7.3359,
    },
  ],
  organization: { name: 'Mulhouse Cité Fraternelle', rna: 'W682001234' },
  ...overrides,
});

/** The same mission as platform B re-publishes it: reworded, plain text, city only, no RNA. */
const theSameOnB = (externalId: string, overrides: Partial<ListingInput> = {}): ListingInput => ({
  externalId,
  title: 'Recherche bénévoles : maraude du soir dans le quartier Coteaux',
  description:
    "Rejoignez l'equipe de maraude : aller a la rencontre des personnes sans-abri, distribuer des " +
    "boissons chaudes et orienter vers les structures d'accueil du quartier.",
  applyUrl: `https://plateforme-b.example/annonces/${externalId}`,
  domain: 'solidarite-insertion',
  startsAt: '06/01/2027',
  addresses: [{ postalCode: '68100', city: 'Mulhouse' }],
  organization: { name: 'MULHOUSE CITE FRATERNELLE' },
  ...overrides,
});

/** Another mission of the same structure, same place and dates. */
const anotherMission = (externalId: string): ListingInput =>
  aMission(externalId, {
    title: 'Tri des vêtements au vestiaire solidaire',
    description:
      '<p>Trier, plier et ranger les vêtements donnés, préparer les colis pour les familles.</p>',
  });

const items = (...inputs: ListingInput[]): FeedItem[] =>
  inputs.map((item, index) => ({ index, item, warnings: [] }));

interface World {
  db: TestDatabase;
  ingest: IngestService;
  partners: Record<string, string>;
}

async function aWorld(...slugs: string[]): Promise<World> {
  const db = await createTestDatabase();
  const partners: Record<string, string> = {};
  for (const slug of slugs)
    partners[slug] = (
      await db.dataSource.getRepository(PartnerEntity).save({ slug, name: slug })
    ).id;
  return { db, ingest: new IngestService(db.dataSource), partners };
}

const push = (world: World, slug: string, inputs: ListingInput[], fullSnapshot = false) =>
  world.ingest.run({
    partnerId: world.partners[slug]!,
    trigger: SyncTrigger.PUSH,
    fullSnapshot,
    items: items(...inputs),
    collectResults: true,
  });

/** The groups: sorted lists of "slug:externalId" of the active sources of each listing. */
async function groupsOf(world: World): Promise<string[][]> {
  const rows = await world.db.dataSource.query<Array<{ members: string[] }>>(
    `SELECT array_agg(p.slug || ':' || s.external_id ORDER BY p.slug, s.external_id) AS members
       FROM listing_source s JOIN partner p ON p.id = s.partner_id
      WHERE s.status = 'ACTIVE' GROUP BY s.listing_id`,
  );
  return rows.map((row) => row.members).sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
}

/**
 * Which source's locations each listing shows: "slug:externalId" of the sources whose
 * `listing_location` rows carry the listing's id, by listing (sorted); the rows of any source
 * carrying another listing's id than its own are reported as `wrong`.
 */
async function placesOf(world: World) {
  const rows = await world.db.dataSource.query<
    Array<{ listing_id: string; source: string; own: boolean }>
  >(
    `SELECT DISTINCT ll.listing_id, p.slug || ':' || s.external_id AS source,
            s.listing_id = ll.listing_id AS own
       FROM listing_location ll JOIN listing_source s ON s.id = ll.listing_source_id
       JOIN partner p ON p.id = s.partner_id
      WHERE ll.listing_id IS NOT NULL`,
  );
  const bySource = new Map<string, string[]>();
  for (const row of rows)
    bySource.set(row.listing_id, [...(bySource.get(row.listing_id) ?? []), row.source].sort());
  return {
    byListing: [...bySource.values()].sort((a, b) => (a[0]! < b[0]! ? -1 : 1)),
    wrong: rows.filter((row) => !row.own).map((row) => row.source),
  };
}

const outboxOf = (world: World) =>
  world.db.dataSource.query<Array<{ aggregate_id: string; event_type: string }>>(
    'SELECT aggregate_id, event_type FROM outbox_event ORDER BY id',
  );

describe('Deduplication at ingest', () => {
  const worlds: World[] = [];
  const world = async (...slugs: string[]) => {
    const created = await aWorld(...slugs);
    worlds.push(created);
    return created;
  };
  afterAll(() => Promise.all(worlds.map((w) => w.db.drop())));

  it('folds the same mission pushed by two partners into one listing with two sources', async () => {
    const w = await world('a', 'b');
    const first = await push(w, 'a', [aMission('A1')]);
    const second = await push(w, 'b', [theSameOnB('B1')]);
    expect(second.results[0]).toMatchObject({ outcome: ItemOutcome.CREATED });
    expect(second.results[0]!.listingId).toBe(first.results[0]!.listingId);
    expect(await groupsOf(w)).toEqual([['a:A1', 'b:B1']]);

    const listingId = first.results[0]!.listingId!;
    expect(await outboxOf(w)).toEqual([
      { aggregate_id: listingId, event_type: 'listing.created' },
      { aggregate_id: listingId, event_type: 'listing.updated' },
    ]);
    // The listing is taken from the most complete source: A's (street address, RNA, end date).
    const [listing] = await w.db.dataSource.query<
      Array<{ title: string; ends_at: Date | null; organization_id: string | null }>
    >('SELECT title, ends_at, organization_id FROM listing WHERE id = $1', [listingId]);
    expect(listing).toMatchObject({ title: 'Maraude du soir dans le quartier Coteaux' });
    expect(listing!.ends_at).not.toBeNull();
    // Its places are those of one source, not one copy per partner.
    const [{ n }] = await w.db.dataSource.query<[{ n: number }]>(
      'SELECT count(*)::int AS n FROM listing_location WHERE listing_id = $1',
      [listingId],
    );
    expect(n).toBe(1);
  });

  it('never merges two sources of the same partner automatically', async () => {
    const w = await world('a');
    const { results } = await push(w, 'a', [aMission('A1'), aMission('A2')]);
    expect(results[0]!.listingId).not.toBe(results[1]!.listingId);
    expect(await groupsOf(w)).toEqual([['a:A1'], ['a:A2']]);
  });

  it('puts an item in the group its candidate is in now, when candidates were found before the run moved it', async () => {
    const w = await world('a', 'b');
    const a = await push(w, 'a', [aMission('A1')]);
    const before = a.results[0]!.listingId!;
    const prepared = runPipeline(theSameOnB('B1'));
    if (!prepared.ok) throw new Error('B1 is valid');
    // Looked up ahead, outside the run's transaction (as ingest does for the next chunk).
    const found = await searchCandidates(w.db.dataSource, w.partners['b']!, [prepared.listing]);
    const [a1] = await w.db.dataSource.query<Array<{ id: string }>>(
      "SELECT id FROM listing_source WHERE external_id = 'A1'",
    );
    expect(found.get(prepared.listing)).toEqual([a1!.id]);

    const moved = randomUUID();
    await w.db.dataSource.transaction(async (manager) => {
      // Meanwhile the run moved A1 to another listing (as regrouping an earlier chunk may).
      await manager.query(
        `CREATE TEMPORARY TABLE moved_listing ON COMMIT DROP AS SELECT * FROM listing WHERE id = $1`,
        [before],
      );
      await manager.query('UPDATE moved_listing SET id = $1', [moved]);
      await manager.query('INSERT INTO listing SELECT * FROM moved_listing');
      await manager.query('UPDATE listing_source SET listing_id = $1 WHERE id = $2', [
        moved,
        a1!.id,
      ]);
      const b1 = randomUUID();
      const plan = await planChunk(
        manager,
        w.partners['b']!,
        [
          {
            id: b1,
            externalId: 'B1',
            payload: prepared.listing,
            organizationId: null,
            previousListingId: null,
          },
        ],
        new Date(),
        { othersHaveSources: true, candidates: found },
      );
      expect(plan.listingOf(b1)).toBe(moved);
    });
  });

  it('keeps apart the same structure’s other mission and the same title in another city', async () => {
    const w = await world('a', 'b');
    await push(w, 'a', [aMission('A1'), anotherMission('A2')]);
    await push(w, 'b', [
      theSameOnB('B1', {
        addresses: [{ postalCode: '67000', city: 'Strasbourg' }],
        organization: { name: 'Strasbourg Solidaire' },
      }),
    ]);
    expect(await groupsOf(w)).toEqual([['a:A1'], ['a:A2'], ['b:B1']]);
  });

  it('gives the same groups whatever order the partners and items come in', async () => {
    const feeds = {
      a: [aMission('A1'), anotherMission('A2')],
      b: [theSameOnB('B1'), theSameOnB('B2', { title: 'Maraude du soir (Mulhouse)' })],
      c: [
        anotherMission('C1'),
        aMission('C2', { applyUrl: 'https://plateforme-a.example/missions/A1' }),
      ],
    };
    const results: string[][][] = [];
    for (const order of [
      ['a', 'b', 'c'],
      ['c', 'b', 'a'],
      ['b', 'a', 'c'],
    ] as const) {
      const w = await world('a', 'b', 'c');
      for (const slug of order) await push(w, slug, [...feeds[slug]].reverse());
      results.push(await groupsOf(w));
    }
    expect(results[0]).toEqual([['a:A1', 'b:B1', 'c:C2'], ['a:A2', 'c:C1'], ['b:B2']]);
    expect(results[1]).toEqual(results[0]);
    expect(results[2]).toEqual(results[0]);
  });

  it('changes no group and writes no outbox row when unchanged feeds are synced again', async () => {
    const w = await world('a', 'b');
    await push(w, 'a', [aMission('A1'), anotherMission('A2')], true);
    await push(w, 'b', [theSameOnB('B1')], true);
    const groups = await groupsOf(w);
    const outbox = await outboxOf(w);
    const again = await push(w, 'b', [theSameOnB('B1')], true);
    await push(w, 'a', [aMission('A1'), anotherMission('A2')], true);
    expect(again.results[0]!.outcome).toBe(ItemOutcome.UNCHANGED);
    expect(await groupsOf(w)).toEqual(groups);
    expect(await outboxOf(w)).toEqual(outbox);
  });

  it('moves an edited source that no longer matches to its own listing; the group keeps the rest', async () => {
    const w = await world('a', 'b');
    const a = await push(w, 'a', [aMission('A1')]);
    await push(w, 'b', [theSameOnB('B1')]);
    const groupListing = a.results[0]!.listingId!;
    const before = (await outboxOf(w)).length;

    const edited = await push(w, 'b', [
      theSameOnB('B1', {
        title: 'Collecte de jouets pour Noël',
        description: 'Collecter et trier des jouets dans les écoles avant les fêtes.',
      }),
    ]);
    expect(edited.results[0]!.outcome).toBe(ItemOutcome.UPDATED);
    expect(edited.results[0]!.listingId).not.toBe(groupListing);
    expect(await groupsOf(w)).toEqual([['a:A1'], ['b:B1']]);
    const events = (await outboxOf(w)).slice(before);
    expect(events).toEqual(
      expect.arrayContaining([
        { aggregate_id: groupListing, event_type: 'listing.updated' },
        { aggregate_id: edited.results[0]!.listingId, event_type: 'listing.created' },
      ]),
    );
    const [listing] = await w.db.dataSource.query<Array<{ title: string; status: string }>>(
      'SELECT title, status FROM listing WHERE id = $1',
      [groupListing],
    );
    expect(listing).toEqual({
      title: 'Maraude du soir dans le quartier Coteaux',
      status: 'PUBLISHED',
    });
  });

  it('keeps a listing with its other sources when one is withdrawn, and withdraws it with the last', async () => {
    const w = await world('a', 'b');
    const a = await push(w, 'a', [aMission('A1')]);
    await push(w, 'b', [theSameOnB('B1')]);
    const listingId = a.results[0]!.listingId!;

    await w.ingest.withdraw(w.partners['a']!, ['A1']);
    const status = async () =>
      (
        await w.db.dataSource.query<Array<{ status: string; title: string }>>(
          'SELECT status, title FROM listing WHERE id = $1',
          [listingId],
        )
      )[0];
    expect(await status()).toEqual({
      status: 'PUBLISHED',
      title: 'Recherche bénévoles : maraude du soir dans le quartier Coteaux',
    });
    await w.ingest.withdraw(w.partners['b']!, ['B1']);
    expect((await status())!.status).toBe('WITHDRAWN');
    expect((await outboxOf(w)).slice(-2)).toEqual([
      { aggregate_id: listingId, event_type: 'listing.updated' },
      { aggregate_id: listingId, event_type: 'listing.withdrawn' },
    ]);
  });

  it('shows the places of one source per listing as groups grow, change, split and shrink', async () => {
    const w = await world('a', 'b', 'c');
    // City only at A: B's street address with a point is more precise, then C's as well.
    await push(w, 'a', [
      aMission('A1', { addresses: [{ postalCode: '68100', city: 'Mulhouse' }] }),
    ]);
    await push(w, 'b', [theSameOnB('B1', { addresses: aMission('B').addresses })]);
    expect(await groupsOf(w)).toEqual([['a:A1', 'b:B1']]);
    expect(await placesOf(w)).toEqual({ byListing: [['b:B1']], wrong: [] });

    await push(w, 'c', [aMission('C1', { applyUrl: 'https://plateforme-c.example/1' })]);
    expect(await groupsOf(w)).toEqual([['a:A1', 'b:B1', 'c:C1']]);
    const [place] = (await placesOf(w)).byListing;
    expect(place).toHaveLength(1);

    // B's street address dropped: its places are no longer the most precise.
    await push(w, 'b', [theSameOnB('B1')]);
    expect(await groupsOf(w)).toEqual([['a:A1', 'b:B1', 'c:C1']]);
    expect(await placesOf(w)).toEqual({ byListing: [['c:C1']], wrong: [] });

    const [{ id: sourceC }] = await w.db.dataSource.query<[{ id: string }]>(
      `SELECT id FROM listing_source WHERE external_id = 'C1'`,
    );
    await w.db.dataSource.transaction((manager) =>
      splitSourceOut(manager, sourceC, { decidedBy: 'test', reason: 'un autre centre' }),
    );
    expect(await groupsOf(w)).toEqual([['a:A1', 'b:B1'], ['c:C1']]);
    const split = await placesOf(w);
    expect(split.wrong).toEqual([]);
    expect(split.byListing).toHaveLength(2);
    expect(split.byListing[1]).toEqual(['c:C1']);

    // C withdraws its mission (full snapshot without it): its listing shows no place any more.
    await w.ingest.run({
      partnerId: w.partners['c']!,
      trigger: SyncTrigger.PUSH,
      fullSnapshot: true,
      confirmWithdrawals: true,
      items: items(anotherMission('C2')),
    });
    expect(await groupsOf(w)).toEqual([['a:A1', 'b:B1'], ['c:C2']]);
    const shrunk = await placesOf(w);
    expect(shrunk.wrong).toEqual([]);
    expect(shrunk.byListing).toHaveLength(2);
    expect(shrunk.byListing[1]).toEqual(['c:C2']);
  });

  it('never merges again a pair an operator split, even when the sources change', async () => {
    const w = await world('a', 'b');
    await push(w, 'a', [aMission('A1')]);
    const b = await push(w, 'b', [theSameOnB('B1')]);
    const [{ id: sourceB }] = await w.db.dataSource.query<[{ id: string }]>(
      `SELECT id FROM listing_source WHERE external_id = 'B1'`,
    );
    await w.db.dataSource.transaction((manager) =>
      splitSourceOut(manager, sourceB, { decidedBy: 'test', reason: 'deux centres différents' }),
    );
    expect(await groupsOf(w)).toEqual([['a:A1'], ['b:B1']]);
    const [decision] = await w.db.dataSource.query<
      Array<{ decision: string; reason: string; decided_by: string }>
    >('SELECT decision, reason, decided_by FROM duplicate_decision');
    expect(decision).toEqual({
      decision: 'SPLIT',
      reason: 'deux centres différents',
      decided_by: 'test',
    });

    await push(w, 'b', [theSameOnB('B1', { places: 3 })]);
    await push(w, 'a', [aMission('A1', { places: 2 })]);
    expect(await groupsOf(w)).toEqual([['a:A1'], ['b:B1']]);
    expect(b.results[0]!.listingId).toBeTruthy();
  });

  it('lets an operator merge two listings of the same partner, and keeps them merged', async () => {
    const w = await world('a');
    const { results } = await push(w, 'a', [aMission('A1'), aMission('A2')]);
    const [source, target] = [results[0]!.listingId!, results[1]!.listingId!];
    const outcome = await w.db.dataSource.transaction((manager) =>
      mergeListingGroups(manager, source, target, {
        decidedBy: 'test',
        reason: 'publié deux fois',
      }),
    );
    expect(outcome).toEqual({
      listingIds: [target],
      withdrawnListingIds: [source],
      decisionCount: 1,
    });
    await push(w, 'a', [aMission('A1', { places: 4 }), aMission('A2', { places: 5 })]);
    expect(await groupsOf(w)).toEqual([['a:A1', 'a:A2']]);
  });

  it('keeps a close call between the thresholds as a candidate for operators', async () => {
    const w = await world('a', 'b');
    await push(w, 'a', [aMission('A1')]);
    await push(w, 'b', [
      theSameOnB('B1', {
        title: 'Maraude du soir',
        description: 'Accompagner les bénévoles de la maraude le soir.',
      }),
    ]);
    expect(await groupsOf(w)).toEqual([['a:A1'], ['b:B1']]);
    const candidates = await w.db.dataSource.query<Array<{ score: number; status: string }>>(
      'SELECT score, status FROM duplicate_candidate',
    );
    expect(candidates).toHaveLength(1);
    expect(candidates[0]!.status).toBe('OPEN');
    expect(candidates[0]!.score).toBeGreaterThanOrEqual(0.6);
    expect(candidates[0]!.score).toBeLessThan(0.8);
  });

  it('finds the copies of a big run’s later chunks through the other partners’ keys held in memory', async () => {
    const w = await world('a', 'b');
    const food = {
      title: 'Distribution de colis alimentaires aux familles',
      description: '<p>Préparer et distribuer les colis alimentaires du samedi matin.</p>',
      startsAt: '2027-02-10',
      organization: { name: 'Banque Alimentaire du Haut-Rhin', rna: 'W682009999' },
    };
    await push(w, 'a', [aMission('A1'), aMission('A2', food)]);
    // 1,000 items: two chunks; the keys are read for the second (the index is tiny).
    const filler = (i: number) =>
      theSameOnB(`F${i}`, {
        title: `Atelier de conversation numéro ${i}`,
        description: `Animer un atelier d’échange en français, groupe ${i}.`,
        addresses: [{ postalCode: '67000', city: 'Strasbourg' }],
        organization: { name: `Association des ateliers ${i}` },
      });
    const inputs = Array.from({ length: 1000 }, (_, i) => filler(i));
    inputs[10] = theSameOnB('B2', {
      ...food,
      title: 'Colis alimentaires : distribution aux familles',
      startsAt: '11/02/2027',
    });
    inputs[700] = theSameOnB('B1');
    const debug = jest.spyOn(Logger.prototype, 'debug');
    try {
      await push(w, 'b', inputs);
      // Every key of A's sources, and nothing else.
      const [{ keys }] = await w.db.dataSource.query<[{ keys: number }]>(
        'SELECT sum(cardinality(dedup_keys))::int AS keys FROM listing_source WHERE partner_id = $1',
        [w.partners['a']],
      );
      expect(keys).toBeGreaterThan(2);
      expect(debug).toHaveBeenCalledWith(
        expect.stringMatching(new RegExp(`: ${keys} keys of 2 sources of other partners read in`)),
      );
    } finally {
      debug.mockRestore();
    }
    const groups = await groupsOf(w);
    expect(groups.filter((group) => group.length > 1)).toEqual([
      ['a:A1', 'b:B1'],
      ['a:A2', 'b:B2'],
    ]);
    expect(groups).toHaveLength(1000);
  });
  it('ranks in memory the candidates the SQL statement finds, whatever the per-key limit cuts', async () => {
    const w = await world('a', 'b', 'c');
    // One big organization (its keys are stored by more sources than a key reads: 40), in
    // three communes and a few weeks, with titles that share words: ties and cut-offs.
    const titles = ['Maraude du soir', 'Distribution alimentaire', 'Collecte de vêtements'];
    const cities = [
      { postalCode: '68100', city: 'Mulhouse' },
      { postalCode: '67000', city: 'Strasbourg' },
      { postalCode: '68000', city: 'Colmar' },
    ];
    const mission = (prefix: string, i: number) =>
      aMission(`${prefix}${i}`, {
        title: `${titles[i % 3]} ${['quartier nord', 'centre', 'gare'][(i >> 2) % 3]}`,
        startsAt: `2027-01-${String(1 + (i % 20)).padStart(2, '0')}`,
        addresses: [cities[(i >> 1) % 3]!],
        organization: { name: 'Fédération solidaire d’Alsace', rna: i % 4 ? 'W682001234' : null },
      });
    await push(
      w,
      'a',
      Array.from({ length: 150 }, (_, i) => mission('A', i)),
    );
    await push(
      w,
      'c',
      Array.from({ length: 90 }, (_, i) => mission('C', i + 7)),
    );
    const payloads = Array.from({ length: 60 }, (_, i) => {
      const prepared = runPipeline(mission('B', i * 3));
      if (!prepared.ok) throw new Error(`B${i} is valid`);
      return prepared.listing;
    });
    const partnerB = w.partners['b']!;
    const index = await loadKeyIndex(w.db.dataSource, partnerB, 240);
    expect(index?.keys.sources).toBe(240);
    const inSql = await searchCandidates(w.db.dataSource, partnerB, payloads);
    const inMemory = await searchCandidates(w.db.dataSource, partnerB, payloads, { index });
    const sorted = (found: Map<unknown, string[]>) =>
      payloads.map((payload) => [...found.get(payload)!].sort());
    expect(sorted(inMemory)).toEqual(sorted(inSql));
    // Not vacuous: items found candidates, up to the limit of 10.
    expect(sorted(inSql).filter((ids) => ids.length > 0).length).toBeGreaterThan(40);
    expect(Math.max(...sorted(inSql).map((ids) => ids.length))).toBe(10);
  });
});
