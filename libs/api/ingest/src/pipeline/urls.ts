/**
 * An absolute http(s) URL with a real host name, normalized by the WHATWG parser
 * (`HTTPS://Exemple.fr` → `https://exemple.fr/`), or undefined. URLs carrying credentials
 * (`https://user:pass@host/`) are refused: they are a phishing pattern, never a mission link.
 */
export function normalizeHttpUrl(raw: string): string | undefined {
  const text = raw.trim();
  if (!/^https?:\/\//i.test(text)) return undefined;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  if (url.username || url.password) return undefined;
  const host = url.hostname;
  if (!host.includes('.') && host !== 'localhost') return undefined;
  if (host.startsWith('.') || host.endsWith('..')) return undefined;
  return url.toString();
}
