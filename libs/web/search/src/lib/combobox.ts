/**
 * Keys that move the active option of the listbox (ARIA 1.2 combobox pattern). Home and End
 * stay with the input, where they move the caret.
 */
export type ListboxKey = 'ArrowDown' | 'ArrowUp';

/**
 * The option made active by a key: down and up wrap around, -1 means none (the input itself).
 * From none, down goes to the first option and up to the last.
 */
export function nextActiveIndex(current: number, key: ListboxKey, count: number): number {
  if (count <= 0) return -1;
  switch (key) {
    case 'ArrowDown':
      return current < 0 || current >= count - 1 ? 0 : current + 1;
    case 'ArrowUp':
      return current <= 0 ? count - 1 : current - 1;
  }
}

/** What a screen reader hears about the list of suggestions. */
export function suggestionCountText(count: number): string {
  if (count === 0) return 'Aucune commune ne correspond.';
  if (count === 1) return '1 commune proposée. Flèche bas pour la choisir.';
  return `${count} communes proposées. Flèches haut et bas pour choisir.`;
}
