import { PartnerEntity, SyncRunEntity, SyncRunItemEntity } from '@passerelle/api-db';
import { ItemOutcome, SyncRunStatus, SyncTrigger } from '@passerelle/shared-domain';
import {
  type GraphQLResponse,
  startTestApp,
  TEST_ADMIN_KEY,
  type TestApp,
} from '../testing/test-app';
import { SyncRunService } from '@passerelle/api-partners';

const SYNC_RUN = `query ($id: ID!, $first: Int, $after: String) {
  syncRun(id: $id) {
    id trigger status durationMs
    counts { received created updated unchanged rejected withdrawn }
    errorCode errorMessage
    partner { slug }
    rejections(first: $first, after: $after) {
      totalCount
      edges { cursor node { position externalId errors { path code message } } }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
  }
}`;

interface Connection<N> {
  totalCount: number;
  edges: { cursor: string; node: N }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}
interface RunNode {
  id: string;
  counts: { rejected: number };
  rejections: Connection<{ position: number }>;
}

const codeOf = (response: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  response.errors?.[0]?.extensions?.['code'];

describe('Operators: sync runs', () => {
  let api: TestApp;
  let partner: PartnerEntity;
  let other: PartnerEntity;

  /** A finished push run with `items` items: odd positions rejected, the others created. */
  async function aSyncRun(owner: PartnerEntity, items: number): Promise<SyncRunEntity> {
    const rejected = Math.floor(items / 2);
    const run = await api.db.dataSource.getRepository(SyncRunEntity).save({
      partnerId: owner.id,
      trigger: SyncTrigger.PUSH,
      status: SyncRunStatus.SUCCEEDED,
      startedAt: new Date('2025-06-01T10:00:00.000Z'),
      finishedAt: new Date('2025-06-01T10:00:01.500Z'),
      received: items,
      created: items - rejected,
      rejected,
    });
    await api.db.dataSource.getRepository(SyncRunItemEntity).insert(
      Array.from({ length: items }, (_, position) => ({
        syncRunId: run.id,
        position,
        externalId: position === 1 ? null : `ext-${position}`,
        outcome: position % 2 ? ItemOutcome.REJECTED : ItemOutcome.CREATED,
        errors:
          position % 2
            ? [{ path: 'title', code: 'TITLE_MISSING', message: 'Le titre est obligatoire.' }]
            : [],
      })),
    );
    return run;
  }

  beforeAll(async () => {
    api = await startTestApp();
    const partners = api.db.dataSource.getRepository(PartnerEntity);
    partner = await partners.save({ slug: 'runs', name: 'Runs' });
    other = await partners.save({ slug: 'other-runs', name: 'Other' });
  });

  afterAll(async () => {
    await api?.close();
  });

  it('pages through the rejections of a run in input order', async () => {
    const run = await aSyncRun(partner, 25);
    const first = await api.gql(SYNC_RUN, { id: run.id, first: 5 }, TEST_ADMIN_KEY);
    expect(first.errors).toBeUndefined();
    expect(first.data.syncRun).toMatchObject({
      trigger: 'PUSH',
      status: 'SUCCEEDED',
      durationMs: 1500,
      counts: { received: 25, created: 13, rejected: 12, updated: 0, withdrawn: 0 },
      partner: { slug: 'runs' },
      rejections: { totalCount: 12, pageInfo: { hasNextPage: true, hasPreviousPage: false } },
    });
    expect(first.data.syncRun.rejections.edges[0].node).toEqual({
      position: 1,
      externalId: null,
      errors: [{ path: 'title', code: 'TITLE_MISSING', message: 'Le titre est obligatoire.' }],
    });

    const positions: number[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page++) {
      const response: GraphQLResponse<{ syncRun: RunNode }> = await api.gql(
        SYNC_RUN,
        { id: run.id, first: 5, after },
        TEST_ADMIN_KEY,
      );
      const { edges, pageInfo } = response.data!.syncRun.rejections;
      positions.push(...edges.map((edge) => edge.node.position));
      expect(pageInfo.endCursor).toBe(edges.at(-1)?.cursor ?? null);
      if (!pageInfo.hasNextPage) break;
      after = pageInfo.endCursor;
    }
    expect(positions).toEqual([1, 3, 5, 7, 9, 11, 13, 15, 17, 19, 21, 23]);
  });

  it('caps a page at 100 and refuses a negative size or a forged cursor', async () => {
    const run = await aSyncRun(partner, 240);
    const big = await api.gql(SYNC_RUN, { id: run.id, first: 1000 }, TEST_ADMIN_KEY);
    expect(big.data.syncRun.rejections.edges).toHaveLength(100);
    expect(big.data.syncRun.rejections.totalCount).toBe(120);
    expect(big.data.syncRun.rejections.pageInfo.hasNextPage).toBe(true);

    const defaults = await api.gql(SYNC_RUN, { id: run.id }, TEST_ADMIN_KEY);
    expect(defaults.data.syncRun.rejections.edges).toHaveLength(20);

    const negative = await api.gql(SYNC_RUN, { id: run.id, first: -1 }, TEST_ADMIN_KEY);
    expect(codeOf(negative)).toBe('BAD_USER_INPUT');
    const forged = await api.gql(SYNC_RUN, { id: run.id, after: 'bm9wZQ' }, TEST_ADMIN_KEY);
    expect(codeOf(forged)).toBe('BAD_USER_INPUT');
    expect(forged.errors![0]!.message).toMatch(/Curseur/);
  });

  it('shows a run to its partner’s key, FORBIDDEN to another partner, null when unknown', async () => {
    const run = await aSyncRun(partner, 2);
    const { data } = await api.gql(
      `mutation ($id: ID!) { issueApiKey(partnerId: $id) { secret } }`,
      { id: other.id },
      TEST_ADMIN_KEY,
    );
    expect(codeOf(await api.gql(SYNC_RUN, { id: run.id }, data.issueApiKey.secret))).toBe(
      'FORBIDDEN',
    );
    expect(codeOf(await api.gql(SYNC_RUN, { id: run.id }))).toBe('UNAUTHENTICATED');
    const unknown = await api.gql(
      SYNC_RUN,
      { id: '00000000-0000-4000-8000-000000000000' },
      TEST_ADMIN_KEY,
    );
    expect(unknown.data.syncRun).toBeNull();
    expect((await api.gql(SYNC_RUN, { id: 'nope' }, TEST_ADMIN_KEY)).data.syncRun).toBeNull();

    const { data: own } = await api.gql(
      `mutation ($id: ID!) { issueApiKey(partnerId: $id) { secret } }`,
      { id: partner.id },
      TEST_ADMIN_KEY,
    );
    const mine = await api.gql(SYNC_RUN, { id: run.id }, own.issueApiKey.secret);
    expect(mine.data.syncRun.id).toBe(run.id);
  });

  it('lists a partner’s runs newest first, without skipping runs a microsecond apart', async () => {
    const owner = await api.db.dataSource
      .getRepository(PartnerEntity)
      .save({ slug: 'micro', name: 'Micro' });
    const runs = [await aSyncRun(owner, 3), await aSyncRun(owner, 3), await aSyncRun(owner, 3)];
    for (const [index, run] of runs.entries()) {
      await api.db.dataSource.query(
        `UPDATE sync_run SET started_at = $1::timestamptz WHERE id = $2`,
        [`2025-06-01T10:00:00.000${index + 1}00Z`, run.id],
      );
    }
    const PAGE = `query ($after: String) { partner(slug: "micro") {
      syncRuns(first: 1, after: $after) {
        totalCount edges { cursor node { id rejections(first: 1) { totalCount } } }
        pageInfo { hasNextPage endCursor }
      }
    } }`;
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 5; page++) {
      const response: GraphQLResponse<{ partner: { syncRuns: Connection<RunNode> } }> =
        await api.gql(PAGE, { after }, TEST_ADMIN_KEY);
      const { totalCount, edges, pageInfo } = response.data!.partner.syncRuns;
      expect(totalCount).toBe(3);
      seen.push(...edges.map((edge) => edge.node.id));
      if (!pageInfo.hasNextPage) break;
      after = pageInfo.endCursor;
    }
    expect(seen).toEqual([runs[2]!.id, runs[1]!.id, runs[0]!.id]);
  });

  it('loads the rejections of every listed run in one batch', async () => {
    const owner = await api.db.dataSource
      .getRepository(PartnerEntity)
      .save({ slug: 'batched', name: 'Batched' });
    for (let i = 0; i < 4; i++) await aSyncRun(owner, 4 + i * 2);
    const service = api.app.get(SyncRunService);
    const spy = jest.spyOn(service, 'rejectionPages');
    try {
      const response = await api.gql<{ partner: { syncRuns: Connection<RunNode> } }>(
        `{ partner(slug: "batched") { syncRuns(first: 10) { edges { node {
            counts { rejected } rejections(first: 2) { totalCount edges { node { position } } }
        } } } } }`,
        {},
        TEST_ADMIN_KEY,
      );
      expect(response.errors).toBeUndefined();
      const nodes = response.data!.partner.syncRuns.edges.map((edge) => edge.node);
      expect(nodes).toHaveLength(4);
      for (const node of nodes) {
        expect(node.rejections.totalCount).toBe(node.counts.rejected);
        expect(node.rejections.edges.map((edge) => edge.node.position)).toEqual([1, 3]);
      }
      expect(spy).toHaveBeenCalledTimes(1);
    } finally {
      spy.mockRestore();
    }
  });
});
