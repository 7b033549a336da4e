import { htmlToPlainText, sanitizeDescription, sanitizedDescriptionText, summarize } from './html';
import { oracleHtmlToPlainText, oracleSanitizeDescription } from './testing/sanitize-html-oracle';

describe(sanitizeDescription.name, () => {
  it('removes scripts, event handlers and javascript: links', () => {
    const html = sanitizeDescription(
      '<p>Bonjour<script>document.location="https://evil.example"</script>' +
        '<img src="x.png" onerror="alert(1)"> <a href="javascript:alert(1)">cliquez</a>' +
        ' <a href=" JaVaScRiPt:alert(1)">ici</a></p>',
    );
    expect(html).toBe('<p>Bonjour cliquez ici</p>');
    expect(html).not.toMatch(/script|onerror|javascript/i);
  });

  it('keeps the allow-listed tags and adds rel="noopener nofollow" to links', () => {
    expect(
      sanitizeDescription(
        '<h2>Vos missions</h2><ul><li><strong>Accueil</strong> des familles</li><li><em>Tri</em> des dons</li></ul>' +
          '<blockquote>Merci !</blockquote><p>Contact : <a href="mailto:benevoles@restosducoeur.org" title="x">écrire</a>' +
          ' ou <a href="https://www.restosducoeur.org/" target="_blank" rel="opener">le site</a></p>',
      ),
    ).toBe(
      '<h2>Vos missions</h2><ul><li><strong>Accueil</strong> des familles</li><li><em>Tri</em> des dons</li></ul>' +
        '<blockquote>Merci !</blockquote><p>Contact : <a href="mailto:benevoles@restosducoeur.org" rel="noopener nofollow">écrire</a>' +
        ' ou <a href="https://www.restosducoeur.org/" rel="noopener nofollow">le site</a></p>',
    );
  });

  it('drops styles, iframes, forms and protocol-relative links but keeps their text', () => {
    expect(
      sanitizeDescription(
        '<div style="color:red"><span class="x">Texte</span><iframe src="https://evil.example"></iframe>' +
          '<form action="/x"><input name="q"></form> <a href="//evil.example">lien</a><style>p{}</style></div>',
      ),
    ).toBe('Texte lien');
  });

  it('maps h1 to h2 and h5/h6 to h4', () => {
    expect(sanitizeDescription('<h1>Titre</h1><h5>Note</h5>')).toBe('<h2>Titre</h2><h4>Note</h4>');
  });

  it('writes a plain-text description as paragraphs and line breaks, escaping < and &', () => {
    expect(sanitizeDescription('Ligne 1\nLigne 2\n\n3 < 4 & 5 > 2')).toBe(
      '<p>Ligne 1<br />Ligne 2</p><p>3 &lt; 4 &amp; 5 &gt; 2</p>',
    );
  });
});

/** The sanitizer is ours, on htmlparser2 (ADR 0015): it must give sanitize-html's output. */
describe('the sanitizer against sanitize-html', () => {
  const TOKENS = [
    '<p>',
    '</p>',
    '<P class="x">',
    '<br>',
    '<br/>',
    '</br>',
    '<ul>',
    '<ol start="2">',
    '<li>',
    '</li>',
    '</ul>',
    '<strong>',
    '</strong>',
    '<em>',
    '</em>',
    '<b>',
    '</b>',
    '<i>',
    '</i>',
    '<h1>',
    '</h1>',
    '<h3>',
    '</h3>',
    '<h5 id="n">',
    '</h5>',
    '<h6>',
    '</h6>',
    '<blockquote>',
    '</blockquote>',
    '<a href="https://x.fr/?a=1&amp;b=2">',
    '<a href=" HTTPS://X.FR/ " target="_blank" rel="opener">',
    '<a href="mailto:a@b.fr" title="t">',
    '<a href="javascript:alert(1)">',
    '<a href=" JaVaScRiPt:x">',
    '<a href="&#106;avascript:x">',
    '<a href="//evil.example">',
    '<a href="/relatif">',
    '<a>',
    '<a href="https://x.fr/&quot;onmouseover=&quot;x">',
    "<a href='https://x.fr/<b>\"'>",
    '</a>',
    '<script>',
    '</script>',
    '<script>alert("<p>")</script>',
    '<style>p{}</style>',
    '<style>',
    '<textarea>',
    '</textarea>',
    '<option>',
    '</option>',
    '<xmp>',
    '</xmp>',
    '<noscript>',
    '</noscript>',
    '<title>',
    '</title>',
    '<iframe src="https://evil.example">',
    '</iframe>',
    '<img src=x onerror=alert(1)>',
    '<svg onload=alert(1)>',
    '</svg>',
    '<math>',
    '<div style="x">',
    '</div>',
    '<span>',
    '</span>',
    '<table><tr><td>',
    '</td>',
    '</table>',
    '<form action="/x">',
    '<input name="q">',
    '<!-- commentaire <p> -->',
    '<!--',
    '-->',
    '<![CDATA[x<p>]]>',
    '<!doctype html>',
    '<?xml version="1.0"?>',
    '&amp;',
    '&lt;',
    '&gt;',
    '&quot;',
    '&#39;',
    '&eacute;',
    '&nbsp;',
    '&#8217;',
    '&#x27;',
    '&unknown;',
    '&',
    '<',
    '>',
    '"',
    "'",
    '=',
    '/',
    'texte ',
    'Café solidaire',
    ' ',
    '\n',
    '\t',
    '\u0000',
    '\u00a0',
    '<p',
    '<a href="',
    '</',
  ];

  /** A deterministic pseudo-random generator (mulberry32), so that a failure reproduces. */
  function random(seed: number): () => number {
    let state = seed;
    return () => {
      state = (state + 0x6d2b79f5) | 0;
      let t = Math.imul(state ^ (state >>> 15), 1 | state);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }

  const next = random(20261202);
  const soups = Array.from({ length: 3000 }, () => {
    const length = 1 + Math.floor(next() * 40);
    let soup = '<p>';
    for (let i = 0; i < length; i++) soup += TOKENS[Math.floor(next() * TOKENS.length)];
    return soup;
  });

  it('gives the same description on 3,000 generated tag soups', () => {
    const differing = soups.filter(
      (soup) => sanitizeDescription(soup) !== oracleSanitizeDescription(soup),
    );
    expect(differing).toEqual([]);
  });

  it('gives the same text on the same tag soups', () => {
    const differing = soups.filter((soup) => htmlToPlainText(soup) !== oracleHtmlToPlainText(soup));
    expect(differing).toEqual([]);
  });
});

describe(htmlToPlainText.name, () => {
  it('separates blocks, decodes entities and collapses whitespace', () => {
    expect(
      htmlToPlainText(
        '<p>Caf&eacute;&nbsp;solidaire</p><ul><li>Lundi</li><li>Jeudi &amp; samedi</li></ul>',
      ),
    ).toBe('Café solidaire Lundi Jeudi & samedi');
  });
});

describe(sanitizedDescriptionText.name, () => {
  const inputs = [
    '<p>a &amp; b &lt;c&gt; "q" \'s\' &eacute;&nbsp;x&#8217;y</p><ul><li>x</li><li>y</li></ul>',
    '<p>l1<br>l2<br />l3<BR/>l4</p><h1>T</h1><h5>U</h5><blockquote>q</blockquote>fin',
    '<p><a href="https://x.fr/?a=1&b=2&quot;>" title="a>b">lien &gt; ici</a> <a href="javascript:x">non</a></p>',
    '<div><span>Texte</span><script>alert("<p>")</script><style>p{}</style><!-- <p>commentaire</p> --></div>',
    'Ligne 1\nLigne 2\n\n3 < 4 & 5 > 2 &amp; <3',
    '<table><tr><td>a</td><td>b</td></tr></table><p>c</p>',
    '<p>x\u00a0y\t z</p><img src=x onerror=alert(1)>',
    '<p>Soupe &lt;script&gt;alert(1)&lt;/script&gt; servie</p>',
  ];

  it.each(inputs)('gives the text htmlToPlainText gives of the sanitized HTML: %s', (raw) => {
    const html = sanitizeDescription(raw);
    expect(sanitizedDescriptionText(html)).toBe(htmlToPlainText(html));
  });
});

describe(summarize.name, () => {
  it('keeps a short text as it is', () => {
    expect(summarize('Aide aux devoirs le mercredi.')).toBe('Aide aux devoirs le mercredi.');
  });

  it('cuts a long text at a word boundary with an ellipsis, within 300 characters', () => {
    const text = 'Accompagner des lycéens dans leurs révisions du baccalauréat, '.repeat(10);
    const summary = summarize(text);
    expect(summary.length).toBeLessThanOrEqual(300);
    expect(summary).toMatch(/[a-zé]…$/);
    expect(text.startsWith(summary.slice(0, -1))).toBe(true);
    expect(text.charAt(summary.length - 1)).toMatch(/[\s,]/);
  });

  it('cuts inside a single very long word when there is no boundary', () => {
    expect(summarize('x'.repeat(400))).toBe(`${'x'.repeat(299)}…`);
  });
});
