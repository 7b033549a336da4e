import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { accessibilityViolations } from './support/axe';
import { baseUrl, launchBrowser, newPage, watchDsfrAssets } from './support/browser';

/** How long the search index may take to be ready after the platform starts. */
const SEARCH_READY_TIMEOUT_MS = 90_000;
const MOBILE_VIEWPORT = { width: 390, height: 844 };

const FIRST_LISTING = `query { search(input: { first: 20 }) { edges { node { id title locations { lat lon } } } } }`;

interface Found {
  id: string;
  title: string;
  /** One of its places. */
  lat: number;
  lon: number;
}

/** A demo listing with a place, once the search index answers (from the test, not the page). */
async function findPlacedListing(): Promise<Found> {
  const deadline = Date.now() + SEARCH_READY_TIMEOUT_MS;
  for (;;) {
    const response = await fetch(`${baseUrl()}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: FIRST_LISTING }),
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
    for (const { node } of body.data?.search.edges ?? []) {
      const place = node.locations.find((l) => l.lat !== null && l.lon !== null);
      if (place) return { id: node.id, title: node.title, lat: place.lat!, lon: place.lon! };
    }
    if (Date.now() > deadline) throw new Error('No searchable demo listing with a place');
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
}

const clusters = (page: Page) => page.getByRole('button', { name: /annonces?, zoomer$/ });
const markers = (page: Page) => page.locator('.pass-map .leaflet-marker-icon');
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

  beforeAll(async () => {
    browser = await launchBrowser();
    listing = await findPlacedListing();
  }, SEARCH_READY_TIMEOUT_MS + 30_000);

  afterAll(async () => {
    await browser?.close();
  });

  afterEach(async () => {
    await context?.close();
  });

  it('shows clusters; a click on one zooms in and splits it', async () => {
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
    expect(consoleErrors).toEqual([]);
  });

  it('opens a point’s summary and highlights its card; axe finds nothing', async () => {
    ({ context, page, consoleErrors } = await newPage(browser));
    // Around one of its places (the map fits the zone): the first cluster of a wider view need
    // not hold it, since words match listings elsewhere too.
    const { lat, lon } = listing;
    const zone = [lat - 0.03, lon - 0.03, lat + 0.03, lon + 0.03].map((c) => c.toFixed(4));
    await page.goto(`/recherche?q=${encodeURIComponent(listing.title)}&zone=${zone.join(',')}`);
    await mapSettled(page);
    const href = `/annonces/${listing.id}`;
    await page.locator(`#resultats a[href="${href}"]`).waitFor();

    // Zoom through clusters until the listing is a point of its own.
    const point = page.getByRole('button', { name: listing.title, exact: true }).first();
    for (let step = 0; step < 8 && (await point.count()) === 0; step++) {
      await clusters(page).first().click();
      await page.waitForTimeout(600);
      await mapSettled(page);
    }
    // Listings at the same place (a commune's centre) draw their points on top of each other, so
    // a pointer at the point's centre may hit another one: the click goes to this point's element.
    await point.dispatchEvent('click');
    const popup = page.locator('.leaflet-popup');
    await popup.waitFor();
    // Several demo listings may share a title (the same mission in other cities): the popup and
    // the highlighted card must be those of the point clicked, whichever it is.
    const popupHref = await popup
      .getByRole('link', { name: 'Voir l’annonce' })
      .getAttribute('href');
    expect(popupHref).toMatch(/^\/annonces\/[0-9a-f-]{36}$/);
    expect(await point.getAttribute('aria-pressed')).toBe('true');
    const card = page.locator('.fr-card', { has: page.locator(`a[href="${popupHref}"]`) });
    await card.and(page.locator('.pass-map-card--selected')).waitFor();
    // Leaflet fades the popup in: mid-fade, axe reads its text blended with the map (grey on
    // grey) and reports a contrast the finished popup does not have.
    await page.waitForFunction(
      () => getComputedStyle(document.querySelector('.leaflet-popup')!).opacity === '1',
    );

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
