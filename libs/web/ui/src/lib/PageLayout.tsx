import { SkipLinks } from '@codegouvfr/react-dsfr/SkipLinks';
import type { ReactNode } from 'react';
import { SiteFooter } from './SiteFooter';
import { SiteHeader } from './SiteHeader';
import { FOOTER_ID, MAIN_CONTENT_ID } from './site';

export interface PageLayoutProps {
  readonly children: ReactNode;
}

/**
 * Frame of every page: skip links, DSFR header, the main landmark (focusable, so the app can
 * move focus to it after a navigation) and the DSFR footer.
 */
export function PageLayout({ children }: PageLayoutProps) {
  return (
    <>
      <SkipLinks
        links={[
          { label: 'Contenu', anchor: `#${MAIN_CONTENT_ID}` },
          { label: 'Pied de page', anchor: `#${FOOTER_ID}` },
        ]}
      />
      <SiteHeader />
      <main id={MAIN_CONTENT_ID} role="main" tabIndex={-1}>
        {children}
      </main>
      <SiteFooter />
    </>
  );
}
