import sanitizeHtml from 'sanitize-html';

/** Tags a description may keep; everything else is removed (its text is kept, except scripts). */
export const DESCRIPTION_ALLOWED_TAGS = [
  'p',
  'br',
  'ul',
  'ol',
  'li',
  'strong',
  'em',
  'b',
  'i',
  'a',
  'h2',
  'h3',
  'h4',
  'blockquote',
] as const;

const LINK_SCHEMES = ['http', 'https', 'mailto'];
const SAFE_HREF = /^(https?:\/\/|mailto:)/i;

const DESCRIPTION_OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [...DESCRIPTION_ALLOWED_TAGS],
  allowedAttributes: { a: ['href', 'rel'] },
  allowedSchemes: LINK_SCHEMES,
  allowedSchemesByTag: {},
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  transformTags: {
    h1: 'h2',
    h5: 'h4',
    h6: 'h4',
    // A link keeps only an http(s) or mailto target and never passes on referrer or ranking.
    // (Transforming into a disallowed tag instead would hit a sanitize-html bug that closes a
    // later link with the wrong tag.)
    a: (_tagName: string, attribs: sanitizeHtml.Attributes): sanitizeHtml.Tag => {
      const href = (attribs['href'] ?? '').trim();
      return SAFE_HREF.test(href)
        ? { tagName: 'a', attribs: { href, rel: 'noopener nofollow' } }
        : { tagName: 'a', attribs: {} };
    },
  },
  // Any other link becomes plain text: the tag goes, its text stays.
  exclusiveFilter: (frame) => (frame.tag === 'a' && !frame.attribs['href'] ? 'excludeTag' : false),
};

const TEXT_OPTIONS: sanitizeHtml.IOptions = { allowedTags: [], allowedAttributes: {} };

const LOOKS_LIKE_HTML = /<\/?[a-z][^>]*>|<!--/i;

/**
 * The description as stored: sanitized HTML with the allow-list above. A description written
 * as plain text gets paragraphs for its blank lines and line breaks for its single newlines.
 */
export function sanitizeDescription(raw: string): string {
  const html = LOOKS_LIKE_HTML.test(raw) ? raw : plainTextToHtml(raw);
  return sanitizeHtml(html, DESCRIPTION_OPTIONS).trim();
}

function plainTextToHtml(text: string): string {
  const escaped = text
    .replace(/&(?![a-z][a-z0-9]*;|#\d+;|#x[0-9a-f]+;)/gi, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
  return escaped
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .map((paragraph) => `<p>${paragraph.replace(/\n/g, '<br />')}</p>`)
    .join('');
}

/** Text of an HTML fragment: tags removed, entities decoded, whitespace collapsed. */
export function htmlToPlainText(html: string): string {
  const spaced = html.replace(
    /<br\s*\/?>|<\/(p|li|h[1-6]|blockquote|div|tr|td|th)>/gi,
    (tag) => `${tag} `,
  );
  return decodeBasicEntities(sanitizeHtml(spaced, TEXT_OPTIONS)).replace(/\s+/g, ' ').trim();
}

/**
 * Text of a description already sanitized by `sanitizeDescription`: the same result as
 * `htmlToPlainText`, without a second sanitize-html pass (six times cheaper). Only valid on
 * that output: its tags are the allow-list's, its attribute values are escaped, and its text
 * carries only the five entities sanitize-html writes.
 */
export function sanitizedDescriptionText(html: string): string {
  const spaced = html.replace(/<br \/>|<\/(?:p|li|h[234]|blockquote)>/g, ' ');
  return decodeBasicEntities(spaced.replace(/<[^>]*>/g, ''))
    .replace(/\s+/g, ' ')
    .trim();
}

/** sanitize-html decodes every entity on input and re-escapes only these on output. */
function decodeBasicEntities(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

export const SUMMARY_MAX_LENGTH = 300;

/** At most `max` characters, cut at a word boundary with "…" when the text is longer. */
export function summarize(text: string, max = SUMMARY_MAX_LENGTH): string {
  const collapsed = text.replace(/\s+/g, ' ').trim();
  if (collapsed.length <= max) return collapsed;
  const room = collapsed.slice(0, max - 1);
  const boundary = collapsed.charAt(max - 1) === ' ' ? room.length : room.lastIndexOf(' ');
  const cut = boundary > max / 2 ? room.slice(0, boundary) : room;
  return `${cut.replace(/[\s,;:.!?–—-]+$/u, '')}…`;
}
