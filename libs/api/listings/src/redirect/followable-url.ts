/**
 * The URL the redirect may send a browser to: an absolute http(s) URL without credentials,
 * as serialized by the WHATWG parser (no control characters left), or undefined. Anything
 * else stored in the database (`javascript:`, `data:`, a relative path) is never followed.
 */
export function followableUrl(raw: string): string | undefined {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  if (url.username || url.password || !url.hostname) return undefined;
  return url.href;
}
