import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { accessibilityViolations } from './support/axe';
import { baseUrl, launchBrowser, newPage, watchDsfrAssets } from './support/browser';

/** How long the search index may take to be ready after the platform starts. */
const SEARCH_READY_TIMEOUT_MS = 90_000;
const MOBILE_VIEWPORT = { width: 390, height: 844 };

const PLACED_LISTINGS = `query { search(input: { first: 100 }) { edges { node { id title locations { lat lon } } } } }`;

interface Found {
  id: string;
  title: string;
  /** One of its places. */
  lat: number;
  lon: number;
}

/**
 * Demo listings with a place, once the search index answers (from the test, not the page): the
 * first one, and the listings of the first place several of them share (a commune's centre).
 */
async function findPlacedListings(): Promise<{ first: Found; stacked: Found[] }> {
  const deadline = Date.now() + SEARCH_READY_TIMEOUT_MS;
  for (;;) {
    const response = await fetch(`${baseUrl()}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: PLACED_LISTINGS }),
    });
    const body = (await response.json()) as {
      data?: {
        search: {
          edges: {
            node: {
              id: string;
              title: string;
              locations: { lat: number | null; lon: number | null }[];
            };
          }[];
        };
      } | null;
    };
    const byPlace = new Map<string, Found[]>();
    for (const { node } of body.data?.search.edges ?? [])
      for (const { lat, lon } of node.locations) {
        if (lat === null || lon === null) continue;
        const key = `${lat.toFixed(5)},${lon.toFixed(5)}`;
        const here = byPlace.get(key) ?? [];
        if (!here.some((found) => found.id === node.id))
          here.push({ id: node.id, title: node.title, lat, lon });
        byPlace.set(key, here);
      }
    const places = [...byPlace.values()];
    const stacked = places.find((here) => here.length > 1);
    if (places.length > 0) {
      if (!stacked) throw new Error('No place shared by two demo listings');
      return { first: places[0]![0]!, stacked };
    }
    if (Date.now() > deadline) throw new Error('No searchable demo listing with a place');
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
}

const clusters = (page: Page) => page.getByRole('button', { name: /annonces?, zoomer$/ });
const markers = (page: Page) => page.locator('.pass-map .leaflet-marker-icon');
/** Pins (a listing, or the listings of one place): buttons that can be pressed, unlike clusters. */
const points = (page: Page) => page.locator('.pass-map .leaflet-marker-icon[aria-pressed]');
const countOf = async (cluster: Locator) =>
  Number((await cluster.getAttribute('aria-label'))?.replace(/\D/g, '') ?? '0');

/** Waits until the map has drawn markers and its data request has settled. */
async function mapSettled(page: Page): Promise<void> {
  await markers(page).first().waitFor();
  await page.waitForLoadState('networkidle');
}

describe('Search map', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let consoleErrors: string[];
  let listing: Found;
  let stacked: Found[];

  beforeAll(async () => {
    browser = await launchBrowser();
    ({ first: listing, stacked } = await findPlacedListings());
  }, SEARCH_READY_TIMEOUT_MS + 30_000);

  afterAll(async () => {
    await browser?.close();
  });

  afterEach(async () => {
    await context?.close();
  });

  it('shows clusters; a click on one, or Enter, zooms in and splits it', async () => {
    ({ context, page, consoleErrors } = await newPage(browser));
    await page.goto('/recherche');
    await clusters(page).first().waitFor();
    await mapSettled(page);
    expect(await page.getByRole('region', { name: /^Carte des annonces/ }).count()).toBe(1);

    const biggest = clusters(page).first();
    const count = await countOf(biggest);
    expect(count).toBeGreaterThan(1);
    await biggest.click();
    await page.waitForFunction(
      (label) => !document.querySelector(`[aria-label="${label}"]`),
      (await biggest.getAttribute('aria-label'))!,
    );
    await mapSettled(page);
    expect(await markers(page).count()).toBeGreaterThan(1);
    for (const cluster of await clusters(page).all())
      expect(await countOf(cluster)).toBeLessThanOrEqual(count);

    // Enter on a focused cluster zooms in as well.
    const next = clusters(page).first();
    const label = (await next.getAttribute('aria-label'))!;
    await next.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction((name) => !document.querySelector(`[aria-label="${name}"]`), label);
    expect(consoleErrors).toEqual([]);
  });

  /** Opens the search map on a small zone around a place, zoomed in until pins show. */
  async function openAround(place: { lat: number; lon: number }, text?: string): Promise<void> {
    // Around the place (the map fits the zone): the first cluster of a wider view need not hold
    // it, since words match listings elsewhere too.
    const zone = [place.lat - 0.03, place.lon - 0.03, place.lat + 0.03, place.lon + 0.03].map((c) =>
      c.toFixed(4),
    );
    const query = text ? `q=${encodeURIComponent(text)}&` : '';
    await page.goto(`/recherche?${query}zone=${zone.join(',')}`);
    await mapSettled(page);
  }

  /** Zooms through clusters (clicked, or Enter pressed on them) until `marker` shows. */
  async function zoomUntil(marker: Locator, by: 'pointer' | 'keyboard' = 'pointer'): Promise<void> {
    for (let step = 0; step < 8 && (await marker.count()) === 0; step++) {
      const cluster = clusters(page).first();
      if (by === 'pointer') await cluster.click();
      else {
        await cluster.focus();
        await page.keyboard.press('Enter');
      }
      await page.waitForTimeout(600);
      await mapSettled(page);
    }
    await marker.waitFor();
  }

  /** The links of the open popup, once its fade-in is over (mid-fade, axe reads grey on grey). */
  async function popupLinks(): Promise<string[]> {
    const popup = page.locator('.leaflet-popup');
    await popup.waitFor();
    await page.waitForFunction(
      () => getComputedStyle(document.querySelector('.leaflet-popup')!).opacity === '1',
    );
    const links = await popup.getByRole('link', { name: /^Voir l’annonce/ }).all();
    return Promise.all(links.map(async (link) => (await link.getAttribute('href'))!));
  }

  /** Every listing of the popup shown in the list has its card highlighted (at least one). */
  async function expectCardsSelected(hrefs: readonly string[]): Promise<void> {
    const listed = await page
      .locator('#resultats a[href^="/annonces/"]')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    const shown = hrefs.filter((href) => listed.includes(href));
    expect(shown.length).toBeGreaterThan(0);
    for (const href of shown)
      await page
        .locator('.fr-card', { has: page.locator(`a[href="${href}"]`) })
        .and(page.locator('.pass-map-card--selected'))
        .waitFor();
  }

  it('opens a pin’s summary with the keyboard and highlights its card; axe finds nothing', async () => {
    ({ context, page, consoleErrors } = await newPage(browser));
    await openAround(listing, listing.title);
    await page.locator(`#resultats a[href="/annonces/${listing.id}"]`).waitFor();
    const pin = points(page).first();
    await zoomUntil(pin, 'keyboard');

    await pin.focus();
    await page.keyboard.press('Enter');
    const hrefs = await popupLinks();
    // The pin stays the same element, focused: its pressed state is not a new icon.
    expect(await pin.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href).toMatch(/^\/annonces\/[0-9a-f-]{36}$/);
    expect(await pin.getAttribute('aria-pressed')).toBe('true');
    // Whichever listing the pin is (several demo listings share a title), its card is the one
    // highlighted.
    await expectCardsSelected(hrefs);

    expect(await accessibilityViolations(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  it('draws the listings of one place as one pin whose summary lists them all', async () => {
    ({ context, page, consoleErrors } = await newPage(browser));
    const [place] = stacked;
    await openAround(place!);
    const pin = page.getByRole('button', { name: /^\d+ annonces à cet endroit/ }).first();
    await zoomUntil(pin);
    const count = Number(/^\d+/.exec((await pin.getAttribute('aria-label'))!)![0]);
    expect(count).toBeGreaterThanOrEqual(2);
    expect(await pin.textContent()).toBe(String(count));

    await pin.dispatchEvent('click');
    const hrefs = await popupLinks();
    expect(hrefs).toHaveLength(count);
    expect(new Set(hrefs).size).toBe(count);
    expect(await pin.getAttribute('aria-pressed')).toBe('true');
    await expectCardsSelected(hrefs);

    expect(await accessibilityViolations(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  it('toggles the list and the map on a phone, list first', async () => {
    context = await browser.newContext({
      baseURL: baseUrl(),
      viewport: MOBILE_VIEWPORT,
      locale: 'fr-FR',
      colorScheme: 'light',
      isMobile: true,
      hasTouch: true,
    });
    page = await context.newPage();
    const dsfr = watchDsfrAssets(page);
    await page.goto('/recherche');
    await page.locator('#resultats').waitFor();
    const map = page.locator('.pass-map');
    const list = page.locator('#resultats');
    await page.getByText('Liste', { exact: true }).waitFor();
    expect(await list.isVisible()).toBe(true);
    expect(await map.isVisible()).toBe(false);

    await page.locator('label', { hasText: 'Carte' }).click();
    await map.waitFor({ state: 'visible' });
    await markers(page).first().waitFor();
    expect(await list.isVisible()).toBe(false);
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.locator('label', { hasText: 'Liste' }).click();
    await list.waitFor({ state: 'visible' });
    expect(await map.isVisible()).toBe(false);
    // The toggle's icons come from libs/web, which DSFR's own copy step does not see.
    await page.waitForLoadState('networkidle');
    expect(dsfr.failed).toEqual([]);
    expect(dsfr.requested).toEqual(
      expect.arrayContaining([
        '/dsfr/icons/editor/list-unordered.svg',
        '/dsfr/icons/map/map-pin-2-line.svg',
      ]),
    );
  });
});
