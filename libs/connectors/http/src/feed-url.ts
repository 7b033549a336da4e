import { AttemptFailure } from './feed-fetch.errors';

/**
 * Parses a feed URL: absolute http(s) only, no credentials in it (they go in `auth`, so they are
 * never logged with the URL). Throws a non-retryable `AttemptFailure` (FEED_URL_INVALID).
 */
export function parseFeedUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch (cause) {
    throw new AttemptFailure(
      'FEED_URL_INVALID',
      "L'adresse du flux n'est pas une URL valide",
      false,
      {
        cause,
      },
    );
  }
  return checkFeedUrl(url);
}

/**
 * Where a redirect leads, checked like the first URL; a redirect from https to http is refused
 * (it would send the request, and maybe the credentials, in clear).
 */
export function redirectTarget(from: URL, location: string): URL {
  let url: URL;
  try {
    url = new URL(location, from);
  } catch (cause) {
    throw new AttemptFailure(
      'FEED_URL_INVALID',
      "Le flux a redirigé vers une adresse qui n'est pas une URL valide",
      false,
      { cause },
    );
  }
  checkFeedUrl(url);
  if (from.protocol === 'https:' && url.protocol === 'http:') {
    throw new AttemptFailure(
      'FEED_URL_FORBIDDEN',
      'Le flux a redirigé de HTTPS vers HTTP : redirection refusée',
      false,
    );
  }
  return url;
}

function checkFeedUrl(url: URL): URL {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new AttemptFailure(
      'FEED_URL_INVALID',
      `Seules les adresses http et https sont acceptées pour un flux (reçu : ${url.protocol})`,
      false,
    );
  }
  if (url.username !== '' || url.password !== '') {
    throw new AttemptFailure(
      'FEED_URL_INVALID',
      "L'adresse du flux ne doit pas contenir d'identifiants : renseignez-les dans l'authentification du flux",
      false,
    );
  }
  if (url.hostname === '') {
    throw new AttemptFailure('FEED_URL_INVALID', "L'adresse du flux n'a pas d'hôte", false);
  }
  url.hash = '';
  return url;
}
