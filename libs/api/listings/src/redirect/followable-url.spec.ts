import { followableUrl } from './followable-url';

describe(followableUrl.name, () => {
  it('follows absolute http and https URLs, normalized', () => {
    expect(followableUrl('https://JeVeuxAider.example/m/42?x=1')).toBe(
      'https://jeveuxaider.example/m/42?x=1',
    );
    expect(followableUrl('http://exemple.fr')).toBe('http://exemple.fr/');
  });

  it('never follows another scheme, a relative path or a URL with credentials', () => {
    for (const raw of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'ftp://exemple.fr/',
      '//evil.example/',
      '/r/ailleurs',
      'https://user:pass@exemple.fr/',
      'pas une URL',
    ]) {
      expect(followableUrl(raw)).toBeUndefined();
    }
  });

  it('leaves no line break that could split a header', () => {
    expect(followableUrl('https://exemple.fr/a\r\nSet-Cookie: x=1')).toBe(
      'https://exemple.fr/aSet-Cookie:%20x=1',
    );
  });
});
