import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { testIndexPrefix } from '@passerelle/api-db/testing';
import { freePort, startEmbeddedMeilisearch } from '@passerelle/api-runtime';
import {
  eventually,
  pendingIndexChanges,
  waitForSearchIndex,
  waitForSearchReady,
} from '@passerelle/api-search/testing';
import { startTestApp, TEST_ADMIN_KEY, type TestApp } from '../testing/test-app';

jest.setTimeout(240_000);

const CREATE_PARTNER = `mutation ($slug: String!) { createPartner(input: { slug: $slug, name: $slug }) { id } }`;
const UPSERT = `mutation ($input: UpsertListingsInput!) {
  upsertListings(input: $input) { syncRun { status counts { created } } }
}`;
const SEARCH = `query ($input: SearchInput!) { search(input: $input) { totalCount } }`;

const listing = (n: number) => ({
  externalId: `panne-${n}`,
  title: `Entraide entre voisins n° ${n}`,
  description: '<p>Faire les courses, porter les colis, passer un coup de fil.</p>',
  applyUrl: `https://plateforme.example/panne-${n}`,
  domain: 'vivre-ensemble',
  addresses: [{ postalCode: '69003', city: 'Lyon', lat: 45.7605, lon: 4.859 }],
  organization: { name: `Voisins ${n}` },
});

/**
 * Our own Meilisearch (same binary and master key as the suite's), stopped and started again
 * on the same port and data directory, with a test app pointed at it.
 */
describe('search while Meilisearch is down', () => {
  const prefix = testIndexPrefix();
  const savedEnv = { ...process.env };
  const dir = mkdtempSync(join(tmpdir(), 'passerelle-meili-down-'));
  let port: number;
  let meili: { url: string; stop(): Promise<void> } | undefined;
  let api: TestApp;

  const startMeili = () =>
    startEmbeddedMeilisearch({
      dataDir: join(dir, 'data.ms'),
      port,
      masterKey: process.env['MEILI_MASTER_KEY']!,
      portEnvName: 'the test Meilisearch port',
    });

  beforeAll(async () => {
    process.env['SEARCH_INDEXER_MAX_BACKOFF_MS'] = '500';
    port = await freePort();
    meili = await startMeili();
    api = await startTestApp({ meiliUrl: meili.url, env: { MEILI_INDEX_PREFIX: prefix } });
    await waitForSearchReady(prefix, 60_000, meili.url);
  });

  afterAll(async () => {
    process.env = savedEnv;
    await api?.close();
    await meili?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps ingesting, answers SEARCH_UNAVAILABLE, says why on /ready, then catches up', async () => {
    const partnerId = (await api.gql(CREATE_PARTNER, { slug: 'panne' }, TEST_ADMIN_KEY)).data
      .createPartner.id;
    await meili!.stop();
    meili = undefined;

    // Ingestion commits to PostgreSQL as usual.
    const listings = Array.from({ length: 100 }, (_, n) => listing(n));
    const pushed = await api.gql(UPSERT, { input: { partnerId, listings } }, TEST_ADMIN_KEY);
    expect(pushed.data.upsertListings.syncRun).toEqual({
      status: 'SUCCEEDED',
      counts: { created: 100 },
    });
    const [published] = await api.db.dataSource.query(
      `SELECT count(*)::int AS n FROM listing WHERE status = 'PUBLISHED'`,
    );
    expect(published.n).toBe(100);

    // Search says it is unavailable, quickly, with a coded French error and no internals.
    const started = Date.now();
    const down = await api.gql(SEARCH, { input: { text: 'entraide' } });
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(down.data).toBeNull();
    expect(down.errors).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(/momentanément indisponible/),
        extensions: { code: 'SEARCH_UNAVAILABLE' },
      }),
    ]);

    // /ready says why; the index lag is visible.
    const ready = await eventually(async () => {
      const response = await api.http.get('/ready').expect(503);
      return response.body.index?.status === 'failing' ? response.body : undefined;
    });
    expect(ready.checks.meilisearch).toEqual({ status: 'down', reason: expect.any(String) });
    expect(ready.index).toMatchObject({
      pending: 100,
      failing: 100,
      reason: expect.stringContaining('Meilisearch unreachable'),
    });
    const metrics = await api.http.get('/metrics').expect(200);
    expect(metrics.text).toContain('passerelle_search_outbox_pending 100');
    expect(metrics.text).toMatch(/passerelle_search_requests_total\{outcome="unavailable"\} 1/);

    // Back on the same port and data: the index catches up by itself, nothing lost.
    meili = await startMeili();
    const total = await eventually(
      async () => {
        const response = await api.gql(SEARCH, { input: { text: 'entraide', first: 0 } });
        const count = response.data?.search?.totalCount as number | undefined;
        return count === 100 ? count : undefined;
      },
      120_000,
      'all 100 listings to be searchable',
    );
    expect(total).toBe(100);
    // The rows are marked processed once Meilisearch's tasks are done: nothing left behind.
    await waitForSearchIndex(api.db.dataSource);
    expect(await pendingIndexChanges(api.db.dataSource)).toBe(0);
    const back = await eventually(async () => {
      const response = await api.http.get('/ready');
      return response.status === 200 && response.body.index.pending === 0
        ? response.body
        : undefined;
    });
    expect(back.index).toMatchObject({ status: 'up', pending: 0, failing: 0 });
  });
});
