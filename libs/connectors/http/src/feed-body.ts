import { type ClientRequest, type IncomingMessage } from 'node:http';
import { pipeline, Transform, type Readable } from 'node:stream';
import * as zlib from 'node:zlib';
import { AttemptFailure, FeedFetchError, formatDuration, tooLarge } from './feed-fetch.errors';
import { errorCode } from './resolve-host';

export interface BodySettings {
  maxBytes: number;
  idleTimeoutMs: number;
  signal: AbortSignal | undefined;
  /** The attempt that produced this response (reported by errors while streaming). */
  attempts: number;
  status: number;
}

/**
 * The decompressors for a `Content-Encoding` header, in the order to apply them. Throws a
 * non-retryable FEED_HTTP_ERROR for an encoding we did not offer.
 */
export function decodersFor(contentEncoding: string | undefined, status: number): Transform[] {
  const codings = (contentEncoding ?? '')
    .split(',')
    .map((coding) => coding.trim().toLowerCase())
    .filter((coding) => coding !== '' && coding !== 'identity');
  return codings.reverse().map((coding) => {
    switch (coding) {
      case 'gzip':
      case 'x-gzip':
        return zlib.createGunzip();
      case 'deflate':
        return zlib.createInflate();
      case 'br':
        return zlib.createBrotliDecompress();
      default:
        throw new AttemptFailure(
          'FEED_HTTP_ERROR',
          `Le flux utilise un encodage de contenu non pris en charge (${coding})`,
          false,
          { status },
        );
    }
  });
}

class IdleTimeout extends Error {}
/** Over `maxBytes`, on the wire or once decompressed. */
class LimitExceeded extends Error {}

/**
 * The body of a feed response as an async iterable of Buffers, decompressed as they arrive.
 * Enforces `maxBytes` on the wire and after decompression (zip bombs), and `idleTimeoutMs` while
 * waiting for the next chunk (not while the consumer works on one). Any failure is final and
 * thrown from the iterator as a `FeedFetchError`, or `signal.reason` after an abort. Breaking out
 * of the loop (`return()`) releases the connection; so does the end of the body or an error.
 */
export class FeedBody implements AsyncIterable<Buffer> {
  private readonly output: Readable;
  private readonly decoders: Transform[];
  private wireBytes = 0;
  private decodedBytes = 0;
  private decodeError: unknown;
  private started = false;
  private closed = false;
  private readonly onAbort = () => this.close();

  constructor(
    private readonly request: ClientRequest,
    private readonly response: IncomingMessage,
    private readonly settings: BodySettings,
  ) {
    this.decoders = decodersFor(response.headers['content-encoding'], settings.status);
    for (const decoder of this.decoders) {
      decoder.once('error', (error) => (this.decodeError ??= error));
    }
    const counter = new Transform({
      transform: (chunk: Buffer, _encoding, callback) => {
        this.wireBytes += chunk.length;
        if (this.wireBytes > settings.maxBytes) callback(new LimitExceeded());
        else callback(null, chunk);
      },
    });
    // pipeline() destroys every stream on an error, so it surfaces through the last one, read
    // below; its callback has nothing left to do.
    pipeline([response, counter, ...this.decoders], () => undefined);
    this.output = this.decoders.at(-1) ?? counter;
    settings.signal?.addEventListener('abort', this.onAbort, { once: true });
  }

  bytesRead(): number {
    return this.decodedBytes;
  }

  [Symbol.asyncIterator](): AsyncIterator<Buffer, undefined> {
    if (this.started) throw new Error('A feed body can be iterated only once.');
    this.started = true;
    const source = this.output[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
    return {
      next: () => this.next(source),
      return: () => {
        this.close();
        return Promise.resolve({ done: true, value: undefined });
      },
    };
  }

  private async next(source: AsyncIterator<Buffer>): Promise<IteratorResult<Buffer, undefined>> {
    try {
      if (this.settings.signal?.aborted) throw this.settings.signal.reason;
      if (this.closed) return { done: true, value: undefined };
      const result = await this.withinIdleTimeout(source.next());
      if (this.settings.signal?.aborted) throw this.settings.signal.reason;
      if (result.done) {
        this.close();
        return { done: true, value: undefined };
      }
      if (this.decodedBytes + result.value.length > this.settings.maxBytes) {
        throw new LimitExceeded();
      }
      this.decodedBytes += result.value.length;
      return { done: false, value: result.value };
    } catch (error) {
      this.close();
      throw this.finalError(error);
    }
  }

  private withinIdleTimeout<T>(pending: Promise<T>): Promise<T> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new IdleTimeout()), this.settings.idleTimeoutMs);
      pending.then(
        (value) => {
          clearTimeout(timer);
          resolve(value);
        },
        (error: Error) => {
          clearTimeout(timer);
          reject(error);
        },
      );
    });
  }

  private finalError(error: unknown): unknown {
    const { signal, attempts, status } = this.settings;
    if (signal?.aborted) return signal.reason;
    if (error instanceof FeedFetchError) return error;
    let failure: AttemptFailure;
    if (error instanceof LimitExceeded || this.wireBytes > this.settings.maxBytes) {
      failure = tooLarge(this.settings.maxBytes);
    } else if (error instanceof IdleTimeout) {
      failure = new AttemptFailure(
        'FEED_TIMEOUT',
        `Le flux n'a plus rien envoyé depuis ${formatDuration(this.settings.idleTimeoutMs)} : téléchargement interrompu`,
        false,
      );
    } else if (this.decodeError !== undefined) {
      failure = new AttemptFailure(
        'FEED_HTTP_ERROR',
        `Le contenu compressé du flux est illisible (${errorCode(this.decodeError)})`,
        false,
        { status, cause: this.decodeError },
      );
    } else {
      failure = new AttemptFailure(
        'FEED_UNREACHABLE',
        `La connexion au flux a été interrompue pendant le téléchargement (${errorCode(error)})`,
        false,
        { cause: error },
      );
    }
    return failure.toError(attempts, { mentionAttempts: false });
  }

  private close(): void {
    if (this.closed) return;
    this.closed = true;
    this.settings.signal?.removeEventListener('abort', this.onAbort);
    this.output.destroy();
    this.response.destroy();
    this.request.destroy();
  }
}
