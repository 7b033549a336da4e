import { useEffect } from 'react';
import { documentTitle } from './site';

/** Gives each page its own `<title>` (RGAA 8.6), restored to the default when the page leaves. */
export function useDocumentTitle(pageTitle?: string): void {
  useEffect(() => {
    document.title = documentTitle(pageTitle);
    return () => {
      document.title = documentTitle();
    };
  }, [pageTitle]);
}
