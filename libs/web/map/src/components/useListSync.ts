import { useEffect, useState } from 'react';
import { listingIdOfHref } from '../lib/map-state';

const SELECTED = 'pass-map-card--selected';
const CARD = '.fr-card';

/** The card of a listing in the results list (by its link), if shown. */
function cardOf(list: HTMLElement, listingId: string): HTMLElement | null {
  const href = `/annonces/${encodeURIComponent(listingId)}`;
  for (const link of list.querySelectorAll<HTMLAnchorElement>('a[href^="/annonces/"]')) {
    if (link.getAttribute('href') === href) return link.closest<HTMLElement>(CARD);
  }
  return null;
}

/**
 * Keeps the list and the map in step through the list's DOM (the search page owns the list):
 * the listings selected on the map (one point, or every listing of a place) get their cards
 * highlighted, the first scrolled into view; the card under the pointer or the focus names the
 * listing the map highlights (returned).
 */
export function useListSync(listId: string, selected: readonly string[]): string | null {
  const [hovered, setHovered] = useState<string | null>(null);

  useEffect(() => {
    const list = document.getElementById(listId);
    if (!list) return;
    const track = (event: Event) => {
      const link = (event.target as Element | null)
        ?.closest(CARD)
        ?.querySelector<HTMLAnchorElement>('a[href^="/annonces/"]');
      setHovered(link ? listingIdOfHref(link.getAttribute('href')) : null);
    };
    const leave = () => setHovered(null);
    list.addEventListener('mouseover', track);
    list.addEventListener('focusin', track);
    list.addEventListener('mouseleave', leave);
    list.addEventListener('focusout', leave);
    return () => {
      list.removeEventListener('mouseover', track);
      list.removeEventListener('focusin', track);
      list.removeEventListener('mouseleave', leave);
      list.removeEventListener('focusout', leave);
    };
  }, [listId]);

  useEffect(() => {
    const list = document.getElementById(listId);
    if (!list) return;
    const cards = selected.flatMap((id) => cardOf(list, id) ?? []);
    for (const card of cards) card.classList.add(SELECTED);
    cards[0]?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
    return () => {
      for (const card of cards) card.classList.remove(SELECTED);
    };
  }, [listId, selected]);

  return hovered;
}
