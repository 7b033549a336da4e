import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';
import { type AddressInfo } from 'node:net';

export interface ReceivedRequest {
  url: string;
  headers: IncomingHttpHeaders;
}

export interface FeedServer {
  port: number;
  /** `http://127.0.0.1:<port><path>` */
  url(path?: string): string;
  requests: ReceivedRequest[];
  /** TCP connections accepted so far. */
  connections(): number;
  /** Resolves when a connection to this server closed. */
  connectionClosed(): Promise<void>;
  close(): Promise<void>;
}

export type FeedHandler = (request: IncomingMessage, response: ServerResponse) => void;

/** An HTTP server on 127.0.0.1, on a free port, recording what it received. */
export async function startFeedServer(handler: FeedHandler): Promise<FeedServer> {
  const requests: ReceivedRequest[] = [];
  let connections = 0;
  const closeWaiters: (() => void)[] = [];
  const server = createServer((request, response) => {
    requests.push({ url: request.url ?? '', headers: request.headers });
    handler(request, response);
  });
  server.on('connection', (socket) => {
    connections++;
    socket.on('close', () => closeWaiters.splice(0).forEach((wake) => wake()));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    url: (path = '/feed.xml') => `http://127.0.0.1:${port}${path}`,
    requests,
    connections: () => connections,
    connectionClosed: () => new Promise((resolve) => closeWaiters.push(resolve)),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A port nothing listens on (a server was there a moment ago). */
export async function closedPort(): Promise<number> {
  const server = await startFeedServer(() => undefined);
  await server.close();
  return server.port;
}

/** Counts the TCP client sockets this process opens (node's `net.client.socket` channel). */
export function watchClientSockets(): { count(): number; stop(): void } {
  let count = 0;
  const onSocket = () => count++;
  subscribe('net.client.socket', onSocket);
  return { count: () => count, stop: () => unsubscribe('net.client.socket', onSocket) };
}

/** Reads a whole body, for tests with small feeds. */
export async function readAll(body: AsyncIterable<Buffer>): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of body) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

/** What a promise rejected with (fails the test when it resolved). */
export async function rejectionOf(pending: Promise<unknown>): Promise<unknown> {
  try {
    await pending;
  } catch (error) {
    return error;
  }
  throw new Error('Expected a rejection, got a resolution.');
}

/** A `sleep` that records the delays and returns at once. */
export function fakeSleep(): { sleep: (ms: number) => Promise<void>; delays: number[] } {
  const delays: number[] = [];
  return {
    delays,
    sleep: (ms) => {
      delays.push(ms);
      return Promise.resolve();
    },
  };
}
