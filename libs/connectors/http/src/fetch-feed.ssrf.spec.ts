import {
  type FeedServer,
  readAll,
  rejectionOf,
  startFeedServer,
  watchClientSockets,
} from './__fixtures__/feed-server';
import { type ResolvedAddress } from './feed-fetch.types';
import { createFeedFetcher } from './fetch-feed';
import { FeedFetchError, fetchFeed, type ResolveHost } from './index';

/** A public address standing for the partner's server; the test routes it to 127.0.0.1. */
const PUBLIC_IP = '93.184.215.14';
const toLoopback = ({ address }: ResolvedAddress): ResolvedAddress =>
  address === PUBLIC_IP ? { address: '127.0.0.1', family: 4 } : { address, family: 4 };
const fetchThroughFakeInternet = createFeedFetcher(toLoopback);

/** A fake DNS: each name answers its next address (the last one repeats). */
function fakeDns(answers: Record<string, string[]>): ResolveHost & { asked: string[] } {
  const asked: string[] = [];
  const resolve = (hostname: string) => {
    asked.push(hostname);
    const list = answers[hostname] ?? [];
    const address = list.length > 1 ? list.shift() : list[0];
    if (address === undefined) return Promise.reject(new Error(`ENOTFOUND ${hostname}`));
    return Promise.resolve([{ address, family: address.includes(':') ? 6 : 4 } as const]);
  };
  return Object.assign(resolve, { asked });
}

async function expectForbidden(pending: Promise<unknown>) {
  const error = await rejectionOf(pending);
  expect(error).toBeInstanceOf(FeedFetchError);
  expect(error).toMatchObject({ code: 'FEED_URL_FORBIDDEN' });
  return error as FeedFetchError;
}

describe('fetchFeed SSRF protection', () => {
  let server: FeedServer | undefined;
  let sockets: ReturnType<typeof watchClientSockets>;
  beforeEach(() => (sockets = watchClientSockets()));
  afterEach(async () => {
    sockets.stop();
    await server?.close();
    server = undefined;
  });

  it('refuses 127.0.0.1 without connecting to it', async () => {
    server = await startFeedServer((_request, response) => response.end('secret'));

    const error = await expectForbidden(fetchFeed(server.url()));

    expect(error.message).toBe(
      "L'adresse du flux « 127.0.0.1 » mène à un réseau privé, local ou réservé : accès refusé.",
    );
    expect(error.attempts).toBe(1);
    expect(server.connections()).toBe(0);
    expect(sockets.count()).toBe(0);
  });

  it('refuses the cloud metadata address 169.254.169.254 before any connection', async () => {
    await expectForbidden(fetchFeed('http://169.254.169.254/latest/meta-data/'));

    expect(sockets.count()).toBe(0);
  });

  it('refuses [::1] and an IPv4-mapped loopback', async () => {
    await expectForbidden(fetchFeed('http://[::1]:8080/feed.xml'));
    await expectForbidden(fetchFeed('http://[::ffff:127.0.0.1]/feed.xml'));

    expect(sockets.count()).toBe(0);
  });

  it('refuses localhost, which the system resolves to a loopback address', async () => {
    server = await startFeedServer((_request, response) => response.end('secret'));

    await expectForbidden(fetchFeed(`http://localhost:${server.port}/feed.xml`));

    expect(sockets.count()).toBe(0);
  });

  it('refuses a host name when any of its addresses is private', async () => {
    const resolve: ResolveHost = () =>
      Promise.resolve([
        { address: PUBLIC_IP, family: 4 },
        { address: '10.0.0.7', family: 4 },
      ]);

    await expectForbidden(fetchFeed('https://feeds.partner.test/feed.xml', { resolve }));

    expect(sockets.count()).toBe(0);
  });

  it('allows loopback addresses and localhost with allowPrivateNetworks', async () => {
    server = await startFeedServer((_request, response) => response.end('<missions/>'));
    const options = { allowPrivateNetworks: true };

    expect(await readAll((await fetchFeed(server.url(), options)).body)).toBe('<missions/>');
    const viaName = await fetchFeed(`http://localhost:${server.port}/feed.xml`, {
      ...options,
      resolve: () => Promise.resolve([{ address: '127.0.0.1', family: 4 }]),
    });
    expect(await readAll(viaName.body)).toBe('<missions/>');
  });

  it('connects to the address it checked, resolving the host name once', async () => {
    server = await startFeedServer((_request, response) => response.end('<missions/>'));
    const resolve = fakeDns({ 'feeds.partner.test': [PUBLIC_IP] });

    const feed = await fetchThroughFakeInternet(
      `http://feeds.partner.test:${server.port}/feed.xml`,
      { resolve },
    );

    expect(await readAll(feed.body)).toBe('<missions/>');
    expect(resolve.asked).toEqual(['feeds.partner.test']);
    expect(server.requests[0]?.headers.host).toBe(`feeds.partner.test:${server.port}`);
  });

  it('refuses a redirect from an allowed host to a loopback URL', async () => {
    let secretRequests = 0;
    server = await startFeedServer((request, response) => {
      if (request.url === '/secret') secretRequests++;
      response.writeHead(302, { location: `http://127.0.0.1:${server?.port}/secret` }).end();
    });
    const resolve = fakeDns({ 'feeds.partner.test': [PUBLIC_IP] });

    const error = await expectForbidden(
      fetchThroughFakeInternet(`http://feeds.partner.test:${server.port}/feed.xml`, { resolve }),
    );

    expect(error.attempts).toBe(1);
    expect(server.requests.map(({ url }) => url)).toEqual(['/feed.xml']);
    expect(secretRequests).toBe(0);
  });

  it('refuses a redirect to a public-looking host name that now resolves to 127.0.0.1', async () => {
    server = await startFeedServer((request, response) => {
      if (request.url === '/feed.xml') {
        response.writeHead(301, { location: '/moved.xml' }).end();
      } else response.end('secret');
    });
    // DNS rebinding: the same name answers a public address, then a loopback one.
    const resolve = fakeDns({ 'feeds.partner.test': [PUBLIC_IP, '127.0.0.1'] });

    await expectForbidden(
      fetchThroughFakeInternet(`http://feeds.partner.test:${server.port}/feed.xml`, { resolve }),
    );

    expect(resolve.asked).toEqual(['feeds.partner.test', 'feeds.partner.test']);
    expect(server.requests.map(({ url }) => url)).toEqual(['/feed.xml']);
  });

  it('refuses a redirect to the cloud metadata address', async () => {
    server = await startFeedServer((_request, response) =>
      response.writeHead(307, { location: 'http://169.254.169.254/latest/meta-data/' }).end(),
    );
    const resolve = fakeDns({ 'feeds.partner.test': [PUBLIC_IP] });

    await expectForbidden(
      fetchThroughFakeInternet(`http://feeds.partner.test:${server.port}/feed.xml`, { resolve }),
    );
    expect(sockets.count()).toBe(1);
  });

  it('follows allowed redirects, and stops after maxRedirects', async () => {
    server = await startFeedServer((request, response) => {
      const hop = Number(request.url?.slice(1) ?? '0');
      if (hop < 3) response.writeHead(302, { location: `/${hop + 1}` }).end();
      else response.end('arrivé');
    });
    const options = { allowPrivateNetworks: true };

    const feed = await fetchFeed(server.url('/0'), options);
    expect(await readAll(feed.body)).toBe('arrivé');
    expect(feed.finalUrl).toBe(server.url('/3'));

    const error = await rejectionOf(fetchFeed(server.url('/0'), { ...options, maxRedirects: 2 }));
    expect(error).toMatchObject({
      code: 'FEED_TOO_MANY_REDIRECTS',
      message: 'Le flux a redirigé plus de 2 fois.',
    });
  });

  it('does not send the Basic credentials to another origin after a redirect', async () => {
    const other = await startFeedServer((_request, response) => response.end('<missions/>'));
    server = await startFeedServer((_request, response) =>
      response.writeHead(302, { location: other.url() }).end(),
    );
    try {
      const feed = await fetchFeed(server.url(), {
        allowPrivateNetworks: true,
        auth: { username: 'partenaire', password: 'secret' },
      });
      await readAll(feed.body);

      expect(server.requests[0]?.headers.authorization).toMatch(/^Basic /);
      expect(other.requests[0]?.headers.authorization).toBeUndefined();
    } finally {
      await other.close();
    }
  });

  it.each([
    ['ftp://feeds.partner.test/feed.xml', 'Seules les adresses http et https sont acceptées'],
    ['file:///etc/passwd', 'Seules les adresses http et https sont acceptées'],
    ['http://partenaire:secret@feeds.partner.test/feed.xml', "ne doit pas contenir d'identifiants"],
    ['pas une url', "n'est pas une URL valide"],
  ])('refuses %s with FEED_URL_INVALID', async (url, message) => {
    const error = await rejectionOf(fetchFeed(url, { allowPrivateNetworks: true }));

    expect(error).toMatchObject({ code: 'FEED_URL_INVALID', attempts: 0 });
    expect((error as Error).message).toContain(message);
    expect(sockets.count()).toBe(0);
  });
});
