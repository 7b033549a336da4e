import { EventEmitter } from 'node:events';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { type FeedServer, readAll, rejectionOf, startFeedServer } from './__fixtures__/feed-server';
import { FeedFetchError, fetchFeed, type FetchFeedOptions } from './index';

const local: FetchFeedOptions = { allowPrivateNetworks: true };
const XML = '<?xml version="1.0"?><missions><mission id="1">Maraude</mission></missions>';

describe('fetchFeed', () => {
  let server: FeedServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('streams the body chunk by chunk, before the server has finished sending it', async () => {
    const gate = new EventEmitter();
    server = await startFeedServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/xml; charset=utf-8' });
      response.write('<missions>');
      gate.once('send-rest', () => response.end('</missions>'));
    });

    const feed = await fetchFeed(server.url(), local);
    const iterator = feed.body[Symbol.asyncIterator]();
    expect(await iterator.next()).toEqual({ done: false, value: Buffer.from('<missions>') });
    expect(feed.bytesRead()).toBe(10);
    gate.emit('send-rest');
    const rest: string[] = [];
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      rest.push(next.value.toString());
    }

    expect(rest.join('')).toBe('</missions>');
    expect(feed).toMatchObject({
      status: 200,
      contentType: 'application/xml; charset=utf-8',
      finalUrl: server.url(),
    });
    expect(feed.bytesRead()).toBe(21);
  });

  it('sends Basic credentials, its user agent and the encodings it accepts', async () => {
    server = await startFeedServer((_request, response) => response.end(XML));

    await readAll(
      (
        await fetchFeed(server.url(), {
          ...local,
          auth: { username: 'partenaire', password: 'sécret:42' },
        })
      ).body,
    );

    const headers = server.requests[0]?.headers;
    const expected = Buffer.from('partenaire:sécret:42', 'utf8').toString('base64');
    expect(headers?.authorization).toBe(`Basic ${expected}`);
    expect(headers?.['user-agent']).toBe('Passerelle/1.0 (+https://passerelle.beta.gouv.fr)');
    expect(headers?.['accept-encoding']).toBe('gzip, deflate, br');
  });

  it('sends no Authorization header without credentials, and the user agent it is given', async () => {
    server = await startFeedServer((_request, response) => response.end(XML));

    await readAll((await fetchFeed(server.url(), { ...local, userAgent: 'Essai/2.0' })).body);

    expect(server.requests[0]?.headers.authorization).toBeUndefined();
    expect(server.requests[0]?.headers['user-agent']).toBe('Essai/2.0');
  });

  it.each([
    ['gzip', gzipSync],
    ['deflate', deflateSync],
    ['br', brotliCompressSync],
  ])('decompresses a %s body', async (encoding, compress) => {
    server = await startFeedServer((_request, response) => {
      response.writeHead(200, { 'content-encoding': encoding });
      response.end(compress(Buffer.from(XML)));
    });

    const feed = await fetchFeed(server.url(), local);

    expect(await readAll(feed.body)).toBe(XML);
    expect(feed.bytesRead()).toBe(Buffer.byteLength(XML));
  });

  it('refuses a body announced by Content-Length over maxBytes, without retrying', async () => {
    server = await startFeedServer((_request, response) => {
      response.writeHead(200, { 'content-length': 2000 });
      response.end(Buffer.alloc(2000, 'a'));
    });

    const error = await rejectionOf(fetchFeed(server.url(), { ...local, maxBytes: 1000 }));

    expect(error).toBeInstanceOf(FeedFetchError);
    expect(error).toMatchObject({
      code: 'FEED_TOO_LARGE',
      attempts: 1,
      message: 'Le flux dépasse la taille maximale autorisée (1000 octets).',
    });
    expect(server.requests).toHaveLength(1);
  });

  it('stops a chunked body as soon as it goes over maxBytes', async () => {
    server = await startFeedServer((_request, response) => {
      response.writeHead(200);
      for (let chunk = 0; chunk < 20; chunk++) response.write(Buffer.alloc(500, 'a'));
      response.end();
    });

    const feed = await fetchFeed(server.url(), { ...local, maxBytes: 1000 });
    const error = await rejectionOf(readAll(feed.body));

    expect(error).toMatchObject({ code: 'FEED_TOO_LARGE', attempts: 1 });
    expect(feed.bytesRead()).toBeLessThanOrEqual(1000);
  });

  it('stops a gzip bomb: the limit applies to decompressed bytes', async () => {
    const bomb = gzipSync(Buffer.alloc(20 * 1024 * 1024));
    server = await startFeedServer((_request, response) => {
      response.writeHead(200, { 'content-encoding': 'gzip', 'content-length': bomb.length });
      response.end(bomb);
    });
    expect(bomb.length).toBeLessThan(1024 * 1024);

    const feed = await fetchFeed(server.url(), { ...local, maxBytes: 1024 * 1024 });
    const error = await rejectionOf(readAll(feed.body));

    expect(error).toMatchObject({
      code: 'FEED_TOO_LARGE',
      message: 'Le flux dépasse la taille maximale autorisée (1 Mo).',
    });
    expect(feed.bytesRead()).toBeLessThanOrEqual(1024 * 1024);
  });

  it('fails the body with FEED_HTTP_ERROR when the compressed content is corrupt', async () => {
    server = await startFeedServer((_request, response) => {
      response.writeHead(200, { 'content-encoding': 'gzip' });
      response.end('ceci nest pas du gzip');
    });

    const feed = await fetchFeed(server.url(), local);

    expect(await rejectionOf(readAll(feed.body))).toMatchObject({
      code: 'FEED_HTTP_ERROR',
      status: 200,
    });
  });

  it('refuses a content encoding it did not ask for', async () => {
    server = await startFeedServer((_request, response) => {
      response.writeHead(200, { 'content-encoding': 'zstd' });
      response.end('...');
    });

    expect(await rejectionOf(fetchFeed(server.url(), local))).toMatchObject({
      code: 'FEED_HTTP_ERROR',
      message: 'Le flux utilise un encodage de contenu non pris en charge (zstd).',
    });
  });

  it('fails the body with FEED_UNREACHABLE when the connection drops mid-body', async () => {
    server = await startFeedServer((_request, response) => {
      response.writeHead(200, { 'content-length': 1000 });
      response.write(Buffer.alloc(100, 'a'), () => response.socket?.destroy());
    });

    const feed = await fetchFeed(server.url(), local);

    expect(await rejectionOf(readAll(feed.body))).toMatchObject({ code: 'FEED_UNREACHABLE' });
  });

  it('releases the connection when the consumer stops reading', async () => {
    server = await startFeedServer((_request, response) => {
      response.writeHead(200);
      response.write('<missions>'); // and never ends
    });
    const feed = await fetchFeed(server.url(), local);
    const closed = server.connectionClosed();

    for await (const chunk of feed.body) {
      expect(chunk.toString()).toBe('<missions>');
      break;
    }

    await closed;
  });

  it('rejects the body iterator with the abort reason when the signal aborts', async () => {
    server = await startFeedServer((_request, response) => {
      response.writeHead(200);
      response.write('<missions>');
    });
    const controller = new AbortController();
    const feed = await fetchFeed(server.url(), { ...local, signal: controller.signal });
    const iterator = feed.body[Symbol.asyncIterator]();
    await iterator.next();

    const pending = iterator.next();
    controller.abort(new Error('synchronisation annulée'));

    expect(await rejectionOf(pending)).toMatchObject({ message: 'synchronisation annulée' });
  });

  it('rejects at once when the signal is already aborted', async () => {
    server = await startFeedServer((_request, response) => response.end(XML));

    const error = await rejectionOf(
      fetchFeed(server.url(), { ...local, signal: AbortSignal.abort() }),
    );

    expect(error).toMatchObject({ name: 'AbortError' });
    expect(server.requests).toHaveLength(0);
  });
});
