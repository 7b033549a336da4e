import {
  closedPort,
  fakeSleep,
  type FeedServer,
  readAll,
  rejectionOf,
  startFeedServer,
} from './__fixtures__/feed-server';
import { FeedFetchError, fetchFeed, type FetchFeedOptions } from './index';

const local: FetchFeedOptions = { allowPrivateNetworks: true };

describe('fetchFeed retries and timeouts', () => {
  let server: FeedServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('succeeds after a retry when the server answers 500 then 200', async () => {
    let calls = 0;
    server = await startFeedServer((_request, response) => {
      calls++;
      if (calls === 1) response.writeHead(500).end('panne');
      else response.end('<missions/>');
    });
    const { sleep, delays } = fakeSleep();

    const feed = await fetchFeed(server.url(), { ...local, sleep, random: () => 0.5 });

    expect(await readAll(feed.body)).toBe('<missions/>');
    expect(server.requests).toHaveLength(2);
    expect(delays).toEqual([375]); // 500 ms halved, plus half of the other half
  });

  it('gives up with FEED_HTTP_ERROR after retries + 1 attempts of 500, backing off exponentially', async () => {
    server = await startFeedServer((_request, response) => response.writeHead(500).end());
    const { sleep, delays } = fakeSleep();

    const error = await rejectionOf(fetchFeed(server.url(), { ...local, sleep, random: () => 0 }));

    expect(error).toBeInstanceOf(FeedFetchError);
    expect(error).toMatchObject({ code: 'FEED_HTTP_ERROR', status: 500, attempts: 4 });
    expect((error as Error).message).toBe(
      'Le flux a répondu 500 (Internal Server Error) après 4 tentatives.',
    );
    expect(server.requests).toHaveLength(4);
    expect(delays).toEqual([250, 500, 1000]);
  });

  it('honours Retry-After on a 429, up to 60 seconds', async () => {
    const retryAfter = ['2', '3600'];
    server = await startFeedServer((_request, response) => {
      const seconds = retryAfter.shift();
      if (seconds) response.writeHead(429, { 'retry-after': seconds }).end();
      else response.end('ok');
    });
    const { sleep, delays } = fakeSleep();

    await readAll((await fetchFeed(server.url(), { ...local, sleep })).body);

    expect(delays).toEqual([2000, 60_000]);
  });

  it('does not retry a 404', async () => {
    server = await startFeedServer((_request, response) => response.writeHead(404).end());
    const { sleep, delays } = fakeSleep();

    const error = await rejectionOf(fetchFeed(server.url(), { ...local, sleep }));

    expect(error).toMatchObject({ code: 'FEED_HTTP_ERROR', status: 404, attempts: 1 });
    expect((error as Error).message).toBe('Le flux a répondu 404 (Not Found).');
    expect(server.requests).toHaveLength(1);
    expect(delays).toEqual([]);
  });

  it('retries a refused connection, then fails with FEED_UNREACHABLE', async () => {
    const port = await closedPort();
    const { sleep, delays } = fakeSleep();

    const error = await rejectionOf(
      fetchFeed(`http://127.0.0.1:${port}/feed.xml`, { ...local, sleep, retries: 2 }),
    );

    expect(error).toMatchObject({ code: 'FEED_UNREACHABLE', attempts: 3 });
    expect((error as Error).message).toBe(
      'Le flux est injoignable (ECONNREFUSED) après 3 tentatives.',
    );
    expect(delays).toHaveLength(2);
  });

  it('fails with FEED_TIMEOUT when the server never answers, after retrying', async () => {
    server = await startFeedServer(() => undefined); // accepts, never responds
    const { sleep } = fakeSleep();

    const error = await rejectionOf(
      fetchFeed(server.url(), { ...local, sleep, retries: 1, timeoutMs: 150 }),
    );

    expect(error).toMatchObject({ code: 'FEED_TIMEOUT', attempts: 2 });
    expect((error as Error).message).toBe(
      "Le flux n'a pas répondu dans le délai imparti (150 ms) après 2 tentatives.",
    );
    expect(server.requests).toHaveLength(2);
  });

  it('fails the body with FEED_TIMEOUT when the server stops sending, without retrying', async () => {
    server = await startFeedServer((_request, response) => {
      response.writeHead(200);
      response.write('<missions>'); // then nothing
    });
    const { sleep, delays } = fakeSleep();
    const feed = await fetchFeed(server.url(), { ...local, sleep, idleTimeoutMs: 150 });

    const error = await rejectionOf(readAll(feed.body));

    expect(error).toMatchObject({ code: 'FEED_TIMEOUT', attempts: 1 });
    expect((error as Error).message).toBe(
      "Le flux n'a plus rien envoyé depuis 150 ms : téléchargement interrompu.",
    );
    expect(delays).toEqual([]);
    expect(server.requests).toHaveLength(1);
  });

  it('does not count the time the consumer spends on a chunk as idle time', async () => {
    server = await startFeedServer((_request, response) => {
      response.writeHead(200);
      response.write('a');
      setTimeout(() => response.end('b'), 20);
    });
    const feed = await fetchFeed(server.url(), { ...local, idleTimeoutMs: 100 });

    const chunks: string[] = [];
    for await (const chunk of feed.body) {
      chunks.push(chunk.toString());
      await new Promise((resolve) => setTimeout(resolve, 250)); // a slow consumer
    }

    expect(chunks.join('')).toBe('ab');
  });

  it('stops retrying when the signal aborts during the backoff', async () => {
    server = await startFeedServer((_request, response) => response.writeHead(503).end());
    const controller = new AbortController();

    const pending = fetchFeed(server.url(), { ...local, signal: controller.signal, retries: 5 });
    setTimeout(() => controller.abort(new Error('arrêt demandé')), 50);

    expect(await rejectionOf(pending)).toMatchObject({ message: 'arrêt demandé' });
    expect(server.requests).toHaveLength(1);
  });
});
