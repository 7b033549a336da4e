import { AttemptFailure } from './feed-fetch.errors';
import { parseFeedUrl, redirectTarget } from './feed-url';

function failureOf(run: () => unknown): AttemptFailure {
  try {
    run();
  } catch (error) {
    if (error instanceof AttemptFailure) return error;
    throw error;
  }
  throw new Error('Expected an AttemptFailure.');
}

describe(parseFeedUrl.name, () => {
  it('keeps http and https URLs, without their fragment', () => {
    expect(parseFeedUrl(' https://feeds.partner.test/flux.xml?cle=1#haut ').href).toBe(
      'https://feeds.partner.test/flux.xml?cle=1',
    );
  });

  it('normalises numeric host spellings, so they are checked as the IP they are', () => {
    expect(parseFeedUrl('http://0x7f.1/').hostname).toBe('127.0.0.1');
    expect(parseFeedUrl('http://2130706433/').hostname).toBe('127.0.0.1');
  });

  it.each(['ftp://feeds.partner.test/', 'gopher://x/', 'data:text/plain,x', 'javascript:alert(1)'])(
    'refuses %s',
    (url) => {
      expect(failureOf(() => parseFeedUrl(url))).toMatchObject({
        code: 'FEED_URL_INVALID',
        retryable: false,
      });
    },
  );

  it('refuses credentials in the URL, even a user name alone', () => {
    expect(failureOf(() => parseFeedUrl('https://user@feeds.partner.test/')).code).toBe(
      'FEED_URL_INVALID',
    );
  });
});

describe(redirectTarget.name, () => {
  const from = new URL('https://feeds.partner.test/a/flux.xml');

  it('resolves a relative Location against the current URL', () => {
    expect(redirectTarget(from, '../b/flux.xml').href).toBe(
      'https://feeds.partner.test/b/flux.xml',
    );
  });

  it('refuses a redirect from https to http', () => {
    expect(failureOf(() => redirectTarget(from, 'http://feeds.partner.test/'))).toMatchObject({
      code: 'FEED_URL_FORBIDDEN',
      summary: 'Le flux a redirigé de HTTPS vers HTTP : redirection refusée',
    });
  });

  it('applies the URL rules to the target', () => {
    expect(failureOf(() => redirectTarget(from, 'file:///etc/passwd')).code).toBe(
      'FEED_URL_INVALID',
    );
    expect(failureOf(() => redirectTarget(from, 'https://a:b@ailleurs.test/')).code).toBe(
      'FEED_URL_INVALID',
    );
  });
});
