import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { startTestApp, TEST_ADMIN_KEY, type TestApp } from '../testing/test-app';

const FIXTURES = join(__dirname, '../../../../libs/connectors/api-engagement/src/__fixtures__');
const GOOD_FEED = readFileSync(join(FIXTURES, 'national-feed.xml'));
const TRUNCATED_FEED = readFileSync(join(FIXTURES, 'truncated-feed.xml'));

const CREATE_PARTNER = `mutation ($slug: String!) { createPartner(input: { slug: $slug, name: $slug }) { id } }`;
const CONFIGURE = `mutation ($partnerId: ID!, $input: FeedInput!) { configureFeed(partnerId: $partnerId, input: $input) { id url format everyMinutes usesBasicAuth } }`;
const RUN = `mutation ($partnerId: ID!) { runFeedSync(partnerId: $partnerId) { id status trigger } }`;
const SYNC_RUN = `query ($id: ID!) { syncRun(id: $id) { id status errorCode errorMessage counts { received created updated unchanged rejected withdrawn } } }`;

/** A partner's feed server on 127.0.0.1 whose answer each test sets. */
function feedServer(): Promise<{
  server: Server;
  url: string;
  answer: (status: number, body: Buffer | string) => void;
  requests: string[];
}> {
  let reply: { status: number; body: Buffer | string } = { status: 200, body: GOOD_FEED };
  const requests: string[] = [];
  const server = createServer((req, res) => {
    requests.push(req.headers.authorization ?? '');
    res.writeHead(reply.status, { 'content-type': 'application/xml' });
    res.end(reply.body);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        server,
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/flux.xml`,
        answer: (status, body) => (reply = { status, body }),
        requests,
      }),
    ),
  );
}

// Jobs go through the queue (polled every 2 s) and fetches retry with backoff: allow time.
jest.setTimeout(90_000);

async function finished(api: TestApp, id: string) {
  for (let i = 0; i < 300; i++) {
    const run = (await api.gql(SYNC_RUN, { id }, TEST_ADMIN_KEY)).data.syncRun;
    if (run.status !== 'RUNNING') return run;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`sync run ${id} still RUNNING after 60 s`);
}

describe('Feed pull: configureFeed and runFeedSync', () => {
  let api: TestApp;
  let feed: Awaited<ReturnType<typeof feedServer>>;
  let partnerId: string;

  beforeAll(async () => {
    feed = await feedServer();
    api = await startTestApp({ env: { FEED_ALLOW_PRIVATE_NETWORKS: 'true' } });
    partnerId = (await api.gql(CREATE_PARTNER, { slug: 'flux-xml' }, TEST_ADMIN_KEY)).data
      .createPartner.id;
  });

  afterAll(async () => {
    await api?.close();
    feed?.server.close();
  });

  const listingCount = async () =>
    (await api.gql(`{ partner(slug: "flux-xml") { listingCount } }`, {}, TEST_ADMIN_KEY)).data
      .partner.listingCount as number;

  it('configures a feed with basic auth and never shows the password', async () => {
    const response = await api.gql(
      CONFIGURE,
      {
        partnerId,
        input: {
          url: feed.url,
          format: 'API_ENGAGEMENT_XML',
          everyMinutes: 60,
          username: 'passerelle',
          password: 's3cret',
        },
      },
      TEST_ADMIN_KEY,
    );
    expect(response.data.configureFeed).toMatchObject({
      url: feed.url,
      everyMinutes: 60,
      usesBasicAuth: true,
    });
    expect(JSON.stringify(response)).not.toContain('s3cret');
  });

  it('refuses a schedule under 15 minutes and a URL that is not http(s)', async () => {
    const tooOften = await api.gql(
      CONFIGURE,
      { partnerId, input: { url: feed.url, everyMinutes: 1 } },
      TEST_ADMIN_KEY,
    );
    expect(tooOften.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    const ftp = await api.gql(
      CONFIGURE,
      { partnerId, input: { url: 'ftp://example.org/flux.xml' } },
      TEST_ADMIN_KEY,
    );
    expect(ftp.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });

  it('pulls the feed through a queued job and stores its listings', async () => {
    const started = (await api.gql(RUN, { partnerId }, TEST_ADMIN_KEY)).data.runFeedSync;
    expect(started).toMatchObject({ status: 'RUNNING', trigger: 'PULL' });
    const run = await finished(api, started.id);
    expect(run.status).toBe('SUCCEEDED');
    expect(run.counts.received).toBeGreaterThanOrEqual(8);
    expect(run.counts.created).toBeGreaterThan(0);
    expect(feed.requests.at(-1)).toBe(
      `Basic ${Buffer.from('passerelle:s3cret').toString('base64')}`,
    );
    expect(await listingCount()).toBe(run.counts.created);
  });

  it('fails a feed answering 500 and changes nothing', async () => {
    const before = await listingCount();
    feed.answer(500, 'erreur');
    const run = await finished(
      api,
      (await api.gql(RUN, { partnerId }, TEST_ADMIN_KEY)).data.runFeedSync.id,
    );
    expect(run).toMatchObject({ status: 'FAILED', errorCode: 'FEED_HTTP_ERROR' });
    expect(await listingCount()).toBe(before);
  });

  it('fails a feed cut in the middle, saying where, and changes nothing', async () => {
    const before = await listingCount();
    feed.answer(200, TRUNCATED_FEED);
    const run = await finished(
      api,
      (await api.gql(RUN, { partnerId }, TEST_ADMIN_KEY)).data.runFeedSync.id,
    );
    expect(run).toMatchObject({ status: 'FAILED', errorCode: 'FEED_MALFORMED' });
    expect(run.errorMessage).toMatch(/octet \d+/);
    expect(await listingCount()).toBe(before);
  });
});

describe('Feed pull without the private-network allowance', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp();
  });

  afterAll(() => api?.close());

  it.each(['http://127.0.0.1:9/flux.xml', 'http://169.254.169.254/latest/meta-data/'])(
    'refuses to fetch %s and says why',
    async (url) => {
      const slug = `ssrf-${url.length}`;
      const partnerId = (await api.gql(CREATE_PARTNER, { slug }, TEST_ADMIN_KEY)).data.createPartner
        .id;
      await api.gql(CONFIGURE, { partnerId, input: { url } }, TEST_ADMIN_KEY);
      const run = await finished(
        api,
        (await api.gql(RUN, { partnerId }, TEST_ADMIN_KEY)).data.runFeedSync.id,
      );
      expect(run).toMatchObject({ status: 'FAILED', errorCode: 'FEED_URL_FORBIDDEN' });
    },
  );
});
