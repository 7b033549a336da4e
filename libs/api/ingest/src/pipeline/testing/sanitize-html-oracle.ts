import sanitizeHtml from 'sanitize-html';
import { DESCRIPTION_ALLOWED_TAGS } from '../html';

/**
 * What sanitize-html 2.17 (a dev dependency) gives with the options the pipeline used before
 * ADR 0015: the oracle our sanitizer is compared with, in its spec and in
 * bench/ingest/sanitizer.ts.
 */
const SAFE_HREF = /^(https?:\/\/|mailto:)/i;

const DESCRIPTION_OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [...DESCRIPTION_ALLOWED_TAGS],
  allowedAttributes: { a: ['href', 'rel'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: {},
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  transformTags: {
    h1: 'h2',
    h5: 'h4',
    h6: 'h4',
    a: (_tagName: string, attribs: sanitizeHtml.Attributes): sanitizeHtml.Tag => {
      const href = (attribs['href'] ?? '').trim();
      return SAFE_HREF.test(href)
        ? { tagName: 'a', attribs: { href, rel: 'noopener nofollow' } }
        : { tagName: 'a', attribs: {} };
    },
  },
  exclusiveFilter: (frame) => (frame.tag === 'a' && !frame.attribs['href'] ? 'excludeTag' : false),
};

const TEXT_OPTIONS: sanitizeHtml.IOptions = { allowedTags: [], allowedAttributes: {} };

/** `sanitizeDescription` of an HTML description (one that contains a tag), by sanitize-html. */
export function oracleSanitizeDescription(html: string): string {
  return sanitizeHtml(html, DESCRIPTION_OPTIONS).trim();
}

/** `htmlToPlainText`, by sanitize-html. */
export function oracleHtmlToPlainText(html: string): string {
  const spaced = html.replace(
    /<br\s*\/?>|<\/(p|li|h[1-6]|blockquote|div|tr|td|th)>/gi,
    (tag) => `${tag} `,
  );
  return sanitizeHtml(spaced, TEXT_OPTIONS)
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}
