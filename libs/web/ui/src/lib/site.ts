/** Names and ids shared by the layout components and the pages. */
export const SERVICE_TITLE = 'Passerelle';
export const SERVICE_TAGLINE =
  "Toutes les missions de bénévolat et d'entraide, sur une seule carte";
export const DEFAULT_DOCUMENT_TITLE = "Passerelle — missions et offres d'entraide";

/** Targets of the skip links. */
export const MAIN_CONTENT_ID = 'contenu';
export const FOOTER_ID = 'pied-de-page';

/** Builds the `<title>` of a page: "Page — Passerelle", or the default title for the home. */
export function documentTitle(pageTitle?: string): string {
  const trimmed = pageTitle?.trim();
  return trimmed ? `${trimmed} — ${SERVICE_TITLE}` : DEFAULT_DOCUMENT_TITLE;
}
