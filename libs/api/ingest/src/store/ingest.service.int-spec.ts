import {
  FeedParseError,
  isKnownRecordFeedItem,
  type FeedItem,
} from '@passerelle/connectors-api-engagement';
import { chunked } from '@passerelle/connectors-core/testing';
import { PartnerEntity } from '@passerelle/api-db';
import { createTestDatabase, type TestDatabase } from '@passerelle/api-db/testing';
import {
  FeedFormat,
  ItemOutcome,
  SyncRunStatus,
  SyncTrigger,
  type ListingInput,
} from '@passerelle/shared-domain';
import { readFeed } from '../feeds/read-feed';
import { type AheadOptions, prepareAhead } from '../pipeline';
import { IngestService } from './ingest.service';

const aListing = (externalId: string, overrides: Partial<ListingInput> = {}): ListingInput => ({
  externalId,
  title: `Aide aux devoirs ${externalId}`,
  description: '<p>Accompagner des collégiens deux soirs par semaine.</p>',
  applyUrl: `https://jeveuxaider.example/missions/${externalId}`,
  domain: 'education',
  addresses: [{ postalCode: '69003', city: 'Lyon' }],
  organization: { name: 'Association Soutien Scolaire Lyon', rna: 'W691234567' },
  ...overrides,
});

const items = (...inputs: ListingInput[]): FeedItem[] =>
  inputs.map((item, index) => ({ index, item, warnings: [] }));

describe(IngestService.name, () => {
  let db: TestDatabase;
  let service: IngestService;
  let partnerId: string;
  let counter = 0;

  beforeAll(async () => {
    db = await createTestDatabase();
    service = new IngestService(db.dataSource);
  });

  afterAll(() => db.drop());

  beforeEach(async () => {
    const partner = await db.dataSource
      .getRepository(PartnerEntity)
      .save({ slug: `partenaire-${++counter}`, name: 'Partenaire' });
    partnerId = partner.id;
  });

  const push = (inputs: FeedItem[] | AsyncIterable<FeedItem>, fullSnapshot = false) =>
    service.run({
      partnerId,
      trigger: SyncTrigger.PUSH,
      fullSnapshot,
      items: inputs,
      collectResults: true,
    });

  const count = async (sql: string) => {
    const rows = await db.dataSource.query<Array<{ n: string }>>(
      sql,
      sql.includes('$1') ? [partnerId] : [],
    );
    return Number(rows[0]!.n);
  };

  it('creates listings, then reports identical content as unchanged and edits as updated', async () => {
    const first = await push(items(aListing('a'), aListing('b')));
    expect(first.results.map((r) => r.outcome)).toEqual([ItemOutcome.CREATED, ItemOutcome.CREATED]);
    expect(first.syncRun).toMatchObject({
      status: SyncRunStatus.SUCCEEDED,
      received: 2,
      created: 2,
    });

    const outboxBefore = await count('SELECT count(*) AS n FROM outbox_event');
    const second = await push(
      items(aListing('a'), aListing('b', { title: 'Aide aux devoirs au collège' })),
    );
    expect(second.results.map((r) => r.outcome)).toEqual([
      ItemOutcome.UNCHANGED,
      ItemOutcome.UPDATED,
    ]);
    expect(second.syncRun).toMatchObject({ unchanged: 1, updated: 1 });
    expect(await count('SELECT count(*) AS n FROM outbox_event')).toBe(outboxBefore + 1);
    expect(second.results[1]!.listingId).toBe(first.results[1]!.listingId);
  });

  it('lands the valid items of a batch and reports each bad one with its codes', async () => {
    const { results, syncRun } = await push(
      items(
        aListing('ok-1'),
        aListing('bad', {
          title: '',
          applyUrl: 'javascript:alert(1)',
          domain: 'inconnu',
          places: 0,
          startsAt: '31/02/2025',
        }),
        aListing('ok-1', { title: 'Doublon' }),
        aListing('ok-2'),
      ),
    );
    expect(results.map((r) => r.outcome)).toEqual([
      ItemOutcome.CREATED,
      ItemOutcome.REJECTED,
      ItemOutcome.REJECTED,
      ItemOutcome.CREATED,
    ]);
    expect(results[1]!.errors.map((e) => e.code)).toEqual(
      expect.arrayContaining([
        'TITLE_MISSING',
        'APPLY_URL_INVALID',
        'DOMAIN_UNKNOWN',
        'PLACES_INVALID',
        'DATE_INVALID',
      ]),
    );
    expect(results[2]!.errors.map((e) => e.code)).toEqual(['DUPLICATE_EXTERNAL_ID']);
    expect(syncRun).toMatchObject({ received: 4, created: 2, rejected: 2 });
    const stored = await db.dataSource.query<unknown[]>(
      'SELECT position, outcome FROM sync_run_item WHERE sync_run_id = $1 ORDER BY position',
      [syncRun.id],
    );
    expect(stored).toEqual([
      { position: 1, outcome: 'REJECTED' },
      { position: 2, outcome: 'REJECTED' },
    ]);
  });

  it('keeps the stored version of an item that comes back invalid', async () => {
    await push(items(aListing('kept')));
    const { results } = await push(items(aListing('kept', { title: '' })), true);
    expect(results[0]!.outcome).toBe(ItemOutcome.REJECTED);
    expect(
      await count(
        `SELECT count(*) AS n FROM listing_source WHERE partner_id = $1 AND status = 'ACTIVE'`,
      ),
    ).toBe(1);
  });

  it('withdraws what a full snapshot no longer carries', async () => {
    await push(items(aListing('1'), aListing('2'), aListing('3'), aListing('4')));
    const { syncRun } = await push(items(aListing('1'), aListing('2'), aListing('3')), true);
    expect(syncRun).toMatchObject({ status: SyncRunStatus.SUCCEEDED, withdrawn: 1, unchanged: 3 });
    expect(
      await count(
        `SELECT count(*) AS n FROM listing l JOIN listing_source s ON s.listing_id = l.id WHERE s.partner_id = $1 AND l.status = 'WITHDRAWN'`,
      ),
    ).toBe(1);
  });

  it('holds a snapshot that would withdraw more than 30 % and changes nothing', async () => {
    await push(items(aListing('1'), aListing('2'), aListing('3')));
    const { syncRun } = await push(items(aListing('1', { title: 'Nouveau titre' })), true);
    expect(syncRun).toMatchObject({
      status: SyncRunStatus.HELD,
      pendingWithdrawals: 2,
      errorCode: 'SNAPSHOT_HELD',
      updated: 0,
    });
    expect(
      await count(
        `SELECT count(*) AS n FROM listing_source WHERE partner_id = $1 AND status = 'ACTIVE'`,
      ),
    ).toBe(3);
    expect(
      await count(
        `SELECT count(*) AS n FROM listing l JOIN listing_source s ON s.listing_id = l.id WHERE s.partner_id = $1 AND l.title = 'Nouveau titre'`,
      ),
    ).toBe(0);
  });

  it('fails a feed that breaks half-way and changes nothing', async () => {
    await push(items(aListing('x')));
    async function* broken(): AsyncGenerator<FeedItem> {
      await Promise.resolve();
      yield { index: 0, item: aListing('x', { title: 'Modifié avant la panne' }), warnings: [] };
      yield { index: 1, item: aListing('y'), warnings: [] };
      throw new FeedParseError(
        'FEED_MALFORMED',
        "XML invalide à l'octet 1234 (ligne 56) : balise non fermée",
        { byteOffset: 1234, line: 56 },
      );
    }
    const { syncRun } = await service.run({
      partnerId,
      trigger: SyncTrigger.PULL,
      fullSnapshot: true,
      items: broken(),
    });
    expect(syncRun).toMatchObject({
      status: SyncRunStatus.FAILED,
      errorCode: 'FEED_MALFORMED',
      created: 0,
      updated: 0,
    });
    expect(syncRun.errorMessage).toContain("l'octet 1234");
    expect(await count(`SELECT count(*) AS n FROM listing_source WHERE partner_id = $1`)).toBe(1);
    expect(
      await count(
        `SELECT count(*) AS n FROM listing l JOIN listing_source s ON s.listing_id = l.id WHERE s.partner_id = $1 AND l.title LIKE 'Modifié%'`,
      ),
    ).toBe(0);
  });

  it('answers an unchanged input UNCHANGED without the pipeline, and rewrites nothing', async () => {
    const first = await push(items(aListing('s1'), aListing('s2')));
    // A stored content hash that the pipeline would not reproduce: only a run that skips the
    // pipeline for an unchanged input still answers UNCHANGED.
    await db.dataSource.query(
      `UPDATE listing_source SET content_hash = 'stale' WHERE partner_id = $1 AND external_id = 's1'`,
      [partnerId],
    );
    const rowVersions = () =>
      db.dataSource.query<unknown[]>(
        'SELECT id, xmin::text AS version FROM listing_source WHERE partner_id = $1 ORDER BY id',
        [partnerId],
      );
    const before = await rowVersions();
    const again = await push(items(aListing('s1'), aListing('s2')), true);
    expect(again.results.map((r) => [r.outcome, r.listingId])).toEqual(
      first.results.map((r) => [ItemOutcome.UNCHANGED, r.listingId]),
    );
    expect(again.syncRun).toMatchObject({ unchanged: 2, withdrawn: 0 });
    expect(await rowVersions()).toEqual(before);

    // Without a stored input hash (a source stored before them), the pipeline runs again.
    await db.dataSource.query(
      `UPDATE listing_source SET input_hash = NULL WHERE partner_id = $1 AND external_id = 's1'`,
      [partnerId],
    );
    const third = await push(items(aListing('s1'), aListing('s2')));
    expect(third.results.map((r) => r.outcome)).toEqual([
      ItemOutcome.UPDATED,
      ItemOutcome.UNCHANGED,
    ]);
  });

  it('refreshes the last-seen time of an unchanged source once it is a day old', async () => {
    await push(items(aListing('seen')));
    await db.dataSource.query(
      `UPDATE listing_source SET last_seen_at = now() - interval '2 days' WHERE partner_id = $1`,
      [partnerId],
    );
    await push(items(aListing('seen')));
    expect(
      await count(
        `SELECT count(*) AS n FROM listing_source
          WHERE partner_id = $1 AND last_seen_at > now() - interval '1 minute'`,
      ),
    ).toBe(1);
  });

  it('records warnings when an item is stored, not again while it is unchanged', async () => {
    const warned = aListing('warned', { endsAt: '2020-01-31' });
    const first = await push(items(warned));
    const second = await push(items(warned));
    const rows = async (syncRunId: string) =>
      db.dataSource.query<unknown[]>('SELECT outcome FROM sync_run_item WHERE sync_run_id = $1', [
        syncRunId,
      ]);
    expect(await rows(first.syncRun.id)).toEqual([{ outcome: 'CREATED' }]);
    expect(second.results[0]!.outcome).toBe(ItemOutcome.UNCHANGED);
    expect(await rows(second.syncRun.id)).toEqual([]);
  });

  it('keeps the stored version of an item the connector could not read', async () => {
    await push(items(aListing('k1'), aListing('k2'), aListing('k3')));
    const { syncRun } = await push(
      [
        ...items(aListing('k1'), aListing('k2')),
        { index: 2, externalId: 'k3', rejected: [{ path: 'lonlat', code: 'X', message: 'x' }] },
      ] as FeedItem[],
      true,
    );
    expect(syncRun).toMatchObject({ status: SyncRunStatus.SUCCEEDED, rejected: 1, withdrawn: 0 });
  });

  it('fails a long feed that breaks while a chunk is being written, and changes nothing', async () => {
    const many = Array.from({ length: 1_200 }, (_, i) => aListing(`long-${i}`));
    async function* broken(): AsyncGenerator<FeedItem> {
      for (const [index, item] of many.entries()) {
        await Promise.resolve();
        if (index === 1_100) throw new FeedParseError('FEED_MALFORMED', 'XML invalide', {});
        yield { index, item, warnings: [] };
      }
    }
    const { syncRun } = await service.run({
      partnerId,
      trigger: SyncTrigger.PULL,
      fullSnapshot: true,
      items: broken(),
    });
    expect(syncRun).toMatchObject({ status: SyncRunStatus.FAILED, errorCode: 'FEED_MALFORMED' });
    expect(await count(`SELECT count(*) AS n FROM listing_source WHERE partner_id = $1`)).toBe(0);
    const { syncRun: retry } = await service.run({
      partnerId,
      trigger: SyncTrigger.PULL,
      fullSnapshot: true,
      items: items(...many),
    });
    expect(retry).toMatchObject({ status: SyncRunStatus.SUCCEEDED, created: 1_200 });
  }, 60_000);

  it('uses the work its item source did ahead, given the stored input hashes', async () => {
    await push(items(aListing('h1')));
    let given: AheadOptions | undefined;
    const { results } = await service.run({
      partnerId,
      trigger: SyncTrigger.PULL,
      fullSnapshot: false,
      collectResults: true,
      items: (ahead) => {
        given = ahead;
        const known = new Map(ahead.knownInputs);
        return (async function* () {
          await Promise.resolve();
          yield prepareAhead(items(aListing('h1'))[0]!, ahead, known);
          const fresh = prepareAhead(
            { index: 1, item: aListing('h2'), warnings: [] },
            ahead,
            known,
          );
          // Marks the result computed ahead: the run must store it, not compute its own.
          if (fresh.ahead?.pipeline?.ok) fresh.ahead.pipeline.listing.title = 'Préparé à l’avance';
          yield fresh;
        })();
      },
    });
    expect(given?.knownInputs).toEqual([[expect.any(String), 'h1']]);
    expect(results.map((r) => r.outcome)).toEqual([ItemOutcome.UNCHANGED, ItemOutcome.CREATED]);
    const [stored] = await db.dataSource.query<Array<{ title: string }>>(
      'SELECT title FROM listing WHERE id = $1',
      [results[1]!.listingId],
    );
    expect(stored?.title).toBe('Préparé à l’avance');
  });

  describe('a national XML feed whose records are hashed', () => {
    const mission = (id: string, title = `Aide aux devoirs ${id}`) => `
  <mission>
    <clientId>${id}</clientId>
    <title><![CDATA[${title}]]></title>
    <description><![CDATA[<p>Accompagner des collégiens deux soirs par semaine.</p>]]></description>
    <applicationUrl>https://jeveuxaider.example/missions/${id}</applicationUrl>
    <domain>education</domain>
    <postalCode>69003</postalCode>
    <city>Lyon</city>
  </mission>`;
    const feed = (...missions: string[]) =>
      `<?xml version="1.0" encoding="UTF-8"?>\n<source>${missions.join('')}\n</source>\n`;

    /** A pull of the feed as a sync job reads it, counting the records it did not parse. */
    const pull = async (xml: string) => {
      let known = 0;
      const run = await service.run({
        partnerId,
        trigger: SyncTrigger.PULL,
        fullSnapshot: true,
        collectResults: true,
        items: (ahead) =>
          (async function* () {
            for await (const item of readFeed(
              FeedFormat.API_ENGAGEMENT_XML,
              chunked(xml, 97),
              null,
              undefined,
              ahead,
            )) {
              if (isKnownRecordFeedItem(item)) known++;
              yield item;
            }
          })(),
      });
      return { ...run, known };
    };
    const rowVersions = () =>
      db.dataSource.query<unknown[]>(
        'SELECT id, xmin::text AS version FROM listing_source WHERE partner_id = $1 ORDER BY id',
        [partnerId],
      );

    it('stores the record hashes, then answers unchanged records UNCHANGED without parsing them', async () => {
      const xml = feed(mission('x1'), mission('x2'), mission('x3'), mission('x4'));
      const first = await pull(xml);
      expect(first.syncRun).toMatchObject({ status: SyncRunStatus.SUCCEEDED, created: 4 });
      expect(first.known).toBe(0);
      const hashes = await db.dataSource.query<Array<{ input_hash: string }>>(
        'SELECT input_hash FROM listing_source WHERE partner_id = $1',
        [partnerId],
      );
      expect(new Set(hashes.map((h) => h.input_hash)).size).toBe(4);

      const before = await rowVersions();
      const again = await pull(xml);
      expect(again.known).toBe(4);
      expect(again.syncRun).toMatchObject({
        status: SyncRunStatus.SUCCEEDED,
        received: 4,
        unchanged: 4,
        created: 0,
        updated: 0,
        withdrawn: 0,
      });
      expect(again.results.map((r) => [r.externalId, r.outcome, r.listingId])).toEqual(
        first.results.map((r) => [r.externalId, ItemOutcome.UNCHANGED, r.listingId]),
      );
      expect(await rowVersions()).toEqual(before);

      // One record edited, one gone, one repeated: parsed, withdrawn, reported.
      const edited = await pull(
        feed(
          mission('x1'),
          mission('x2', 'Soutien scolaire au collège'),
          mission('x4'),
          mission('x1'),
        ),
      );
      expect(edited.known).toBe(3);
      expect(edited.results.map((r) => [r.externalId, r.outcome])).toEqual([
        ['x1', ItemOutcome.UNCHANGED],
        ['x2', ItemOutcome.UPDATED],
        ['x4', ItemOutcome.UNCHANGED],
        ['x1', ItemOutcome.REJECTED],
      ]);
      expect(edited.results[3]!.errors.map((e) => e.code)).toEqual(['DUPLICATE_EXTERNAL_ID']);
      expect(edited.syncRun).toMatchObject({ unchanged: 2, updated: 1, withdrawn: 1, rejected: 1 });
    });

    it('fails, changing nothing, on a known record that is not stored (it cannot be read again)', async () => {
      await pull(feed(mission('y1'), mission('y2')));
      const before = await rowVersions();
      const { syncRun } = await service.run({
        partnerId,
        trigger: SyncTrigger.PULL,
        fullSnapshot: true,
        items: () =>
          (async function* () {
            await Promise.resolve();
            yield { index: 0, externalId: 'y1', recordHash: 'not stored', known: true } as const;
          })(),
      });
      expect(syncRun).toMatchObject({ status: SyncRunStatus.FAILED, errorCode: 'INTERNAL_ERROR' });
      expect(await rowVersions()).toEqual(before);
    });
  });

  it('withdraws by external id and reports unknown ids', async () => {
    await push(items(aListing('w1'), aListing('w2')));
    const result = await service.withdraw(partnerId, ['w1', 'nope']);
    expect(result).toEqual({ withdrawn: ['w1'], notFound: ['nope'] });
  });
});
