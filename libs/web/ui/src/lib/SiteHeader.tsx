import { Header } from '@codegouvfr/react-dsfr/Header';
import type { ReactNode } from 'react';
import { SERVICE_TAGLINE, SERVICE_TITLE } from './site';

/** The brand block shared by the header and the footer: Marianne and "République Française". */
export const BRAND_TOP: ReactNode = (
  <>
    République
    <br />
    Française
  </>
);

export const HOME_LINK_PROPS = {
  to: '/',
  title: `Accueil — ${SERVICE_TITLE}`,
} as const;

/** DSFR header of the service. */
export function SiteHeader() {
  return (
    <Header
      brandTop={BRAND_TOP}
      homeLinkProps={HOME_LINK_PROPS}
      serviceTitle={SERVICE_TITLE}
      serviceTagline={SERVICE_TAGLINE}
    />
  );
}
