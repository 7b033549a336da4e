import { DEFAULT_DOCUMENT_TITLE, documentTitle } from './site';

describe(documentTitle.name, () => {
  it('suffixes the page title with the service name', () => {
    expect(documentTitle('Page non trouvée')).toBe('Page non trouvée — Passerelle');
  });

  it('gives the default title when the page has none', () => {
    expect(documentTitle()).toBe(DEFAULT_DOCUMENT_TITLE);
    expect(documentTitle('   ')).toBe(DEFAULT_DOCUMENT_TITLE);
  });
});
