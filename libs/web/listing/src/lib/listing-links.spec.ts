import { listingPath, listingUrl, mailtoShareHref } from './listing-links';

const ID = '0b7c5e0e-3f5a-4f7e-9d8a-2a1e7d9c4b11';

describe(listingPath.name, () => {
  it('puts the id under /annonces', () => {
    expect(listingPath(ID)).toBe(`/annonces/${ID}`);
  });

  it('escapes what is not a path segment', () => {
    expect(listingPath('a/b?c')).toBe('/annonces/a%2Fb%3Fc');
  });
});

describe(listingUrl.name, () => {
  it('gives the absolute address of the page on the origin', () => {
    expect(listingUrl('https://passerelle.example', ID)).toBe(
      `https://passerelle.example/annonces/${ID}`,
    );
  });
});

describe(mailtoShareHref.name, () => {
  it('prefills the subject and the body with the title and the address', () => {
    const href = mailtoShareHref('Aide aux devoirs & soutien', `https://passerelle.example/a`);
    expect(href.startsWith('mailto:?subject=')).toBe(true);
    const params = new URLSearchParams(href.slice('mailto:?'.length));
    expect(params.get('subject')).toBe('Aide aux devoirs & soutien — Passerelle');
    expect(params.get('body')).toContain('https://passerelle.example/a');
    expect(href).not.toContain(' ');
    expect(href).not.toContain('+');
  });
});
