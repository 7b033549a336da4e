import { createMeilisearchClient } from '@passerelle/api-core';
import { testIndexPrefix } from '@passerelle/api-db/testing';
import { OUTBOX_RETENTION_MS, OutboxIndexer, settingsHash } from '@passerelle/api-search';
import {
  dropTestIndexes,
  eventually,
  pendingIndexChanges,
  waitForSearchIndex,
} from '@passerelle/api-search/testing';
import { startTestApp, TEST_ADMIN_KEY, type TestApp } from '../testing/test-app';

jest.setTimeout(180_000);

const CREATE_PARTNER = `mutation ($slug: String!) { createPartner(input: { slug: $slug, name: $slug }) { id } }`;
const UPSERT = `mutation ($input: UpsertListingsInput!) {
  upsertListings(input: $input) { results { externalId status listingId } }
}`;
const WITHDRAW = `mutation ($ids: [String!]!, $partnerId: String) {
  withdrawListings(externalIds: $ids, partnerId: $partnerId) { withdrawn }
}`;
const SEARCH = `query ($input: SearchInput!) {
  search(input: $input) { totalCount edges { node { id title } } }
}`;
const STATUS = `{ searchIndexStatus {
  indexUid settingsHash builtWithSettingsHash rebuiltAt rebuildReason documentCount
  pendingChanges failingChanges lagSeconds lastError rebuildQueued } }`;
const REBUILD = `mutation { rebuildSearchIndex { indexUid rebuildQueued rebuiltAt } }`;

const listing = (externalId: string, title: string, addresses: object[] = []) => ({
  externalId,
  title,
  description: `<p>${title}, avec une équipe accueillante.</p>`,
  applyUrl: `https://plateforme.example/${externalId}`,
  domain: 'solidarite-insertion',
  addresses,
  organization: { name: `Association ${externalId}` },
});
const LYON = { postalCode: '69003', city: 'Lyon', lat: 45.7605, lon: 4.859 };
const PARIS = { postalCode: '75011', city: 'Paris', lat: 48.859, lon: 2.38 };

describe('search index lifecycle', () => {
  const prefix = testIndexPrefix();
  let api: TestApp;
  let partnerId: string;
  const client = createMeilisearchClient(
    process.env['MEILI_URL']!,
    process.env['MEILI_MASTER_KEY'],
  );

  const titles = async (text: string) => {
    const response = await api.gql(SEARCH, { input: { text, first: 100 } });
    if (response.errors) throw new Error(JSON.stringify(response.errors));
    return response.data.search.edges.map((e: { node: { title: string } }) => e.node.title);
  };
  const push = async (...listings: object[]) => {
    const response = await api.gql(UPSERT, { input: { partnerId, listings } }, TEST_ADMIN_KEY);
    await waitForSearchIndex(api.db.dataSource);
    return response.data.upsertListings.results as { externalId: string; listingId: string }[];
  };
  const documentsOf = async (listingId: string) =>
    (
      await client
        .index(`${prefix}listings`)
        .getDocuments({ filter: `listingId = "${listingId}"`, fields: ['id'] })
    ).results.map((d) => d['id'] as string);

  beforeAll(async () => {
    api = await startTestApp({ env: { MEILI_INDEX_PREFIX: prefix } });
    partnerId = (await api.gql(CREATE_PARTNER, { slug: 'cycle' }, TEST_ADMIN_KEY)).data
      .createPartner.id;
  });

  afterAll(async () => {
    await api?.close();
    await dropTestIndexes(prefix);
  });

  it('follows creations, updates and withdrawals from the outbox', async () => {
    const [created] = await push(listing('c1', 'Aide aux courses des voisins', [LYON, PARIS]));
    expect(await titles('courses voisins')).toEqual(['Aide aux courses des voisins']);
    expect(await documentsOf(created!.listingId)).toEqual([
      `${created!.listingId}-0`,
      `${created!.listingId}-1`,
    ]);

    await push(listing('c1', 'Tricot pour les nouveau-nés', [LYON]));
    expect(await titles('courses voisins')).toEqual([]);
    expect(await titles('tricot')).toEqual(['Tricot pour les nouveau-nés']);
    expect(await documentsOf(created!.listingId)).toEqual([`${created!.listingId}-0`]);

    await api.gql(WITHDRAW, { ids: ['c1'], partnerId }, TEST_ADMIN_KEY);
    await waitForSearchIndex(api.db.dataSource);
    expect(await titles('tricot')).toEqual([]);
    expect(await documentsOf(created!.listingId)).toEqual([]);
  });

  it('purges processed outbox rows after their retention, never unprocessed ones', async () => {
    await push(listing('p1', 'Collecte de jouets'));
    const outbox = () =>
      api.db.dataSource.query<Array<{ processed: boolean }>>(
        'SELECT processed_at IS NOT NULL AS processed FROM outbox_event',
      );
    expect((await outbox()).length).toBeGreaterThan(0);
    expect(await outbox()).toEqual((await outbox()).map(() => ({ processed: true })));
    await api.db.dataSource.query(
      `INSERT INTO outbox_event (aggregate_type, aggregate_id, event_type)
       VALUES ('other', gen_random_uuid(), 'pending')`,
    );
    const indexer = api.app.get(OutboxIndexer);
    expect(await indexer.purgeProcessed(new Date(Date.now() - OUTBOX_RETENTION_MS))).toBe(0);
    expect(await indexer.purgeProcessed(new Date(Date.now() + 1_000))).toBeGreaterThan(0);
    expect(await outbox()).toEqual([{ processed: false }]);
    await api.db.dataSource.query(`DELETE FROM outbox_event WHERE aggregate_type = 'other'`);
    await api.gql(WITHDRAW, { ids: ['p1'], partnerId }, TEST_ADMIN_KEY);
    await waitForSearchIndex(api.db.dataSource);
  });

  it('rebuilds the whole index on an admin mutation, without downtime', async () => {
    await push(
      ...Array.from({ length: 30 }, (_, n) => listing(`r${n}`, `Maraude numéro ${n}`, [LYON])),
    );
    const anonymous = await api.gql(REBUILD);
    expect(anonymous.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    const before = (await api.gql(STATUS, {}, TEST_ADMIN_KEY)).data.searchIndexStatus;
    expect(before).toMatchObject({
      indexUid: `${prefix}listings`,
      settingsHash: settingsHash(),
      builtWithSettingsHash: settingsHash(),
      pendingChanges: 0,
      rebuildQueued: false,
    });

    const queued = await api.gql(REBUILD, {}, TEST_ADMIN_KEY);
    expect(queued.data.rebuildSearchIndex.rebuildQueued).toBe(true);
    let searches = 0;
    const after = await eventually(
      async () => {
        // Search keeps answering the whole time.
        const response = await api.gql(SEARCH, { input: { text: 'maraude', first: 0 } });
        expect(response.errors).toBeUndefined();
        expect(response.data.search.totalCount).toBe(30);
        searches++;
        const status = (await api.gql(STATUS, {}, TEST_ADMIN_KEY)).data.searchIndexStatus;
        return status.rebuiltAt !== before.rebuiltAt ? status : undefined;
      },
      120_000,
      'the rebuild',
    );
    expect(searches).toBeGreaterThan(0);
    expect(after).toMatchObject({
      rebuildReason: 'requested by an administrator',
      documentCount: 30,
    });
    expect(await titles('maraude numéro 7')).toContain('Maraude numéro 7');
  });

  it('rebuilds at start when the index settings changed', async () => {
    // As if the live index had been built by an older version of the settings.
    const state = client.index(`${prefix}search_state`);
    await state
      .updateDocuments([{ id: 'listings', settingsHash: 'older-settings' }])
      .waitTask({ timeout: 30_000 });
    const second = await startTestApp({ db: api.db, env: { MEILI_INDEX_PREFIX: prefix } });
    try {
      const rebuilt = await eventually(async () => {
        const doc = await state.getDocument('listings');
        return doc['settingsHash'] === settingsHash() ? doc : undefined;
      });
      expect(rebuilt['reason']).toMatch(/settings changed \(older-settings →/);
      expect(await titles('maraude numéro 7')).toContain('Maraude numéro 7');
    } finally {
      await second.close();
    }
  });

  it('exposes index lag, outbox depth and search latency to Prometheus, and on /ready', async () => {
    expect(await pendingIndexChanges(api.db.dataSource)).toBe(0);
    const metrics = await api.http.get('/metrics').expect(200);
    expect(metrics.headers['content-type']).toMatch(/^text\/plain;.*version=0\.0\.4/);
    expect(metrics.text).toContain('passerelle_search_index_lag_seconds 0');
    expect(metrics.text).toContain('passerelle_search_outbox_pending 0');
    expect(metrics.text).toMatch(
      /passerelle_search_duration_seconds_bucket\{outcome="ok",le="0\.1"\} \d+/,
    );
    expect(metrics.text).toMatch(/passerelle_search_indexed_listings_total \d+/);
    const ready = await api.http.get('/ready').expect(200);
    expect(ready.body).toMatchObject({
      status: 'ready',
      checks: { postgres: { status: 'up' }, meilisearch: { status: 'up' } },
      index: { status: 'up', pending: 0, lagSeconds: 0 },
    });
  });
});
