/**
 * saxes reports well-formedness errors in English ("3:14: unclosed tag: mission"). This module
 * tells which ones a feed can survive and words the others in French for operators.
 */

/** A fatal XML syntax error raised from the saxes error handler. */
export class XmlSyntaxError extends Error {
  constructor(
    readonly detail: string,
    /** The element saxes was closing when it failed, if any. */
    readonly openTag?: string,
  ) {
    super(detail);
    this.name = 'XmlSyntaxError';
  }
}

/** The saxes message without its "line:column: " prefix. */
export function saxesDetail(error: Error): string {
  return error.message.replace(/^\d+:\d+: /, '');
}

/**
 * Errors after which saxes keeps a sound state and the text stays readable: a control
 * character (stripped later), an entity XML does not define (kept as written, then decoded as
 * HTML where it is one). Everything else stops the feed.
 */
export function isRecoverable(detail: string): boolean {
  return (
    detail === 'disallowed character.' ||
    detail === 'undefined entity.' ||
    detail === 'malformed character entity.'
  );
}

const TRANSLATIONS: ReadonlyArray<[RegExp, (match: RegExpExecArray, openTag?: string) => string]> =
  [
    [/^unclosed tag: (.+)$/, (m) => `balise <${m[1]}> non fermée (flux tronqué ?)`],
    [/^unexpected end\.$/, () => 'fin de flux inattendue (flux tronqué ?)'],
    [
      /^unmatched closing tag: (.+)\.$/,
      (m) => `balise fermante </${m[1]}> sans balise ouvrante correspondante`,
    ],
    [
      /^unexpected close tag\.$/,
      (_m, open) =>
        open
          ? `balise fermante inattendue (la balise <${open}> n'est pas fermée)`
          : 'balise fermante inattendue',
    ],
    [
      /^disallowed character in entity name\.$/,
      () => '« & » non échappé : écrivez &amp; ou placez la valeur dans une section CDATA',
    ],
    [/^empty entity name\.$/, () => '« &; » invalide : écrivez &amp;'],
    [/^text data outside of root node\.$/, () => "texte en dehors de l'élément racine"],
    [/^documents may contain only one root\.$/, () => 'plusieurs éléments racine'],
    [/^document must contain a root element\.$/, () => 'aucun élément racine'],
    [
      /^(an|the) XML declaration must (be|appear) at the start of the document\.$/,
      () => 'la déclaration XML doit être au tout début du flux',
    ],
    [
      /^disallowed character in (tag|closing tag|attribute) name\.?$/,
      () => 'caractère interdit dans un nom de balise ou d’attribut',
    ],
    [/^duplicate attribute: (.+)\.$/, (m) => `attribut ${m[1]} en double`],
    [/^unquoted attribute value\.$/, () => "valeur d'attribut sans guillemets"],
    [/^attribute without value\.$/, () => 'attribut sans valeur'],
    [/^malformed comment\.$/, () => 'commentaire mal formé'],
    [
      /^the string "\]\]>" is disallowed in char data\.$/,
      () => '« ]]> » interdit hors d’une section CDATA',
    ],
  ];

/** French wording of a saxes error detail. */
export function frenchXmlError(detail: string, openTag?: string): string {
  for (const [pattern, word] of TRANSLATIONS) {
    const match = pattern.exec(detail);
    if (match) return word(match, openTag);
  }
  return `erreur de syntaxe XML (${detail})`;
}
