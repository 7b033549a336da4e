import { nextActiveIndex, suggestionCountText } from './combobox';
import { geolocationFailureOf, geolocationMessage } from './geolocation';

describe(nextActiveIndex.name, () => {
  it('moves down and wraps to the first option', () => {
    expect(nextActiveIndex(-1, 'ArrowDown', 3)).toBe(0);
    expect(nextActiveIndex(0, 'ArrowDown', 3)).toBe(1);
    expect(nextActiveIndex(2, 'ArrowDown', 3)).toBe(0);
  });

  it('moves up and wraps to the last option', () => {
    expect(nextActiveIndex(-1, 'ArrowUp', 3)).toBe(2);
    expect(nextActiveIndex(0, 'ArrowUp', 3)).toBe(2);
    expect(nextActiveIndex(2, 'ArrowUp', 3)).toBe(1);
  });

  it('has no active option in an empty list', () => {
    expect(nextActiveIndex(0, 'ArrowDown', 0)).toBe(-1);
  });
});

describe(suggestionCountText.name, () => {
  it('says how many communes are offered', () => {
    expect(suggestionCountText(0)).toBe('Aucune commune ne correspond.');
    expect(suggestionCountText(1)).toMatch(/^1 commune proposée/);
    expect(suggestionCountText(8)).toMatch(/^8 communes proposées/);
  });
});

describe(geolocationMessage.name, () => {
  it('explains a refusal and offers the commune field instead', () => {
    expect(geolocationMessage(geolocationFailureOf(1))).toMatch(
      /^Vous n'avez pas autorisé l'accès à votre position\. Indiquez une commune/,
    );
  });

  it('has a message for a timeout, an unknown position and an old browser', () => {
    expect(geolocationMessage(geolocationFailureOf(3))).toMatch(/trop de temps/);
    expect(geolocationMessage(geolocationFailureOf(2))).toMatch(/n'a pas pu être déterminée/);
    expect(geolocationMessage('unsupported')).toMatch(/ne permet pas/);
  });
});
