import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { accessibilityViolations } from './support/axe';
import { baseUrl, launchBrowser, newPage } from './support/browser';
import { WORKSPACE_ROOT } from './support/platform';

const SCREENSHOT = join(WORKSPACE_ROOT, 'docs/screenshots/listing.png');
/** A well-formed id that no listing has. */
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

interface SearchedListing {
  id: string;
  title: string;
  locations: { city: string | null }[];
  sources: { applyUrl: string; partner: { slug: string; name: string } }[];
}

/** How long the search index may take to be ready after the platform starts. */
const SEARCH_READY_TIMEOUT_MS = 90_000;

const SEARCH_QUERY = `query ($input: SearchInput!) {
  search(input: $input) {
    edges { node { id title locations { city } sources { applyUrl partner { slug name } } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

interface SearchAnswer {
  data?: {
    search: {
      edges: { node: SearchedListing }[];
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
    };
  } | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** A search through the public GraphQL API, from the test (not the browser). */
async function search(input: Record<string, unknown>): Promise<SearchAnswer> {
  const response = await fetch(`${baseUrl()}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: SEARCH_QUERY, variables: { input } }),
  });
  if (!response.ok) throw new Error(`GraphQL answered HTTP ${response.status}`);
  return (await response.json()) as SearchAnswer;
}

/**
 * A published listing of the demo data, found as a visitor would (search), preferably one that
 * several platforms publish and that has a place: the page then shows all its parts.
 */
async function findDemoListing(): Promise<SearchedListing> {
  const deadline = Date.now() + SEARCH_READY_TIMEOUT_MS;
  const input = { first: 100, sort: 'NEWEST' };
  let answer = await search(input);
  // Right after the start, the search index is still being filled (SEARCH_UNAVAILABLE).
  while (
    answer.errors?.some((error) => error.extensions?.code === 'SEARCH_UNAVAILABLE') &&
    Date.now() < deadline
  ) {
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    answer = await search(input);
  }
  const listings: SearchedListing[] = [];
  for (let pages = 0; pages < 5; pages += 1) {
    if (answer.errors || !answer.data) throw new Error(`search failed: ${JSON.stringify(answer)}`);
    const { edges, pageInfo } = answer.data.search;
    listings.push(...edges.map((edge) => edge.node));
    const complete = listings.find((node) => node.sources.length > 1 && node.locations.length > 0);
    if (complete) return complete;
    if (!pageInfo.hasNextPage) break;
    answer = await search({ ...input, after: pageInfo.endCursor });
  }
  const listing = listings.find((node) => node.locations.length > 0) ?? listings[0];
  if (!listing) throw new Error('The demo data has no published listing');
  return listing;
}

describe('Listing page', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let consoleErrors: string[];
  let listing: SearchedListing;

  beforeAll(async () => {
    browser = await launchBrowser();
    listing = await findDemoListing();
  }, SEARCH_READY_TIMEOUT_MS + 30_000);

  afterAll(async () => {
    await browser?.close();
  });

  beforeEach(async () => {
    ({ context, page, consoleErrors } = await newPage(browser));
  });

  afterEach(async () => {
    await context?.close();
  });

  /** Opens the listing's page and waits for its title. */
  async function openListing(id = listing.id): Promise<void> {
    await page.goto(`/annonces/${id}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.locator('[aria-busy="true"]').waitFor({ state: 'detached' });
  }

  function applyLinks() {
    return page.getByRole('link', { name: /^Postuler sur / });
  }

  it('shows the listing, with one apply button per platform, and focuses its title', async () => {
    await openListing();

    const heading = page.getByRole('heading', { level: 1 });
    expect(await heading.innerText()).toBe(listing.title);
    expect(await page.title()).toBe(`${listing.title} — Passerelle`);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');

    const breadcrumb = page.getByRole('navigation', { name: /vous êtes ici/ });
    expect(await breadcrumb.getByRole('link').allInnerTexts()).toEqual(['Accueil', 'Annonces']);

    const platforms = [...new Map(listing.sources.map((s) => [s.partner.slug, s])).values()];
    expect(await applyLinks().count()).toBe(platforms.length);
    for (const source of platforms) {
      const link = page.getByRole('link', { name: `Postuler sur ${source.partner.name}` });
      expect(await link.getAttribute('href')).toBe(`/r/${listing.id}/${source.partner.slug}`);
      expect(await link.getAttribute('href')).toBe(source.applyUrl);
      expect(await link.getAttribute('rel')).toBe('noopener');
      expect(await link.getAttribute('target')).toBeNull();
    }
    expect(await page.getByText(/^Publiée sur /).innerText()).toContain(platforms[0]!.partner.name);
    expect(await page.getByRole('heading', { name: /^Lieux?$/ }).count()).toBe(1);
    expect(consoleErrors).toEqual([]);

    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    mkdirSync(dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT });
  });

  it('has no WCAG 2.1 A/AA violation detected by axe-core', async () => {
    await openListing();

    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('sends "Postuler" through the counting redirect to the platform', async () => {
    // The demo platforms live on .example domains, which do not resolve: answer for them.
    await page.route(
      (url) => url.hostname.endsWith('.example'),
      (route) =>
        route.fulfill({
          status: 200,
          contentType: 'text/html; charset=utf-8',
          body: '<!doctype html><html lang="fr"><title>Candidature</title><h1>Candidature</h1></html>',
        }),
    );
    const requests: Request[] = [];
    page.on('request', (request) => requests.push(request));
    await openListing();

    const link = applyLinks().first();
    const href = await link.getAttribute('href');
    await link.click();
    await page.waitForURL((url) => url.hostname.endsWith('.example'));

    const arrival = requests.find(
      (request) =>
        request.isNavigationRequest() && new URL(request.url()).hostname.endsWith('.example'),
    );
    const redirect = arrival?.redirectedFrom();
    expect(redirect).toBeTruthy();
    expect(new URL(redirect!.url()).pathname).toBe(href);
    expect((await redirect!.response())?.status()).toBe(302);
    expect(new URL(page.url()).protocol).toBe('https:');
    expect(await page.title()).toBe('Candidature');
  });

  it('lets the keyboard reach the apply button from the title', async () => {
    await openListing();

    let reached = false;
    for (let stop = 0; stop < 40 && !reached; stop += 1) {
      await page.keyboard.press('Tab');
      const text = await page.evaluate(() => document.activeElement?.textContent ?? '');
      reached = text.startsWith('Postuler sur ');
    }
    expect(reached).toBe(true);
  });

  it('copies the address of the page and says so politely', async () => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl() });
    await openListing();

    await page.getByRole('button', { name: 'Copier le lien' }).click();

    const status = page.getByRole('status').filter({ hasText: 'Lien copié' });
    await status.waitFor();
    expect(await status.getAttribute('aria-live')).toBe('polite');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `${baseUrl()}/annonces/${listing.id}`,
    );
    const mail = page.getByRole('link', { name: 'Partager par courriel' });
    expect(await mail.getAttribute('href')).toMatch(/^mailto:\?subject=.+&body=.+/);
  });

  it('shows a French 404 page for an unknown listing', async () => {
    await openListing(UNKNOWN_ID);

    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Annonce introuvable');
    expect(await page.title()).toBe('Annonce introuvable — Passerelle');
    expect(await page.getByText('Erreur 404').count()).toBe(1);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('keeps an expired listing readable, says so and offers no apply button', async () => {
    // The demo data has no expired listing yet: the API's answer is altered on its way.
    await page.route('**/graphql', async (route) => {
      const response = await route.fetch();
      const body = (await response.json()) as { data?: { listing?: { status: string } } };
      if (body.data?.listing) body.data.listing.status = 'EXPIRED';
      await route.fulfill({ response, json: body });
    });
    await openListing();

    const alert = page.getByRole('heading', { level: 2, name: 'Cette annonce a expiré' });
    expect(await alert.count()).toBe(1);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(listing.title);
    expect(await applyLinks().count()).toBe(0);
    expect(await page.getByText('Sa date de fin est passée.').count()).toBe(1);
    expect(
      await page
        .getByText("Il n'est plus possible de postuler à cette annonce, qui a expiré.")
        .count(),
    ).toBe(1);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('says when the listing cannot be loaded and loads it again on "Réessayer"', async () => {
    let failures = 1;
    await page.route('**/graphql', async (route) => {
      if (failures > 0) {
        failures -= 1;
        await route.abort('connectionfailed');
      } else {
        await route.continue();
      }
    });

    await page.goto(`/annonces/${listing.id}`);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.getByRole('heading', { level: 2 }).innerText()).toBe(
      "Impossible de charger l'annonce",
    );

    await alert.getByRole('button', { name: 'Réessayer' }).click();
    const heading = page.getByRole('heading', { level: 1, name: listing.title });
    await heading.waitFor();
    expect(await applyLinks().count()).toBeGreaterThan(0);
  });
});
