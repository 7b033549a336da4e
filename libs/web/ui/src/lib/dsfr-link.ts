import type { Link } from 'react-router';

/**
 * DSFR components render their links with react-router's Link (registered once by the app with
 * `startReactDsfr({ Link })`), so every `linkProps` takes react-router props (`to`, …).
 */
declare module '@codegouvfr/react-dsfr/spa' {
  interface RegisterLink {
    Link: typeof Link;
  }
}

export {};
