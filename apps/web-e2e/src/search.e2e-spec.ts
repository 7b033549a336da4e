import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { accessibilityViolations } from './support/axe';
import { baseUrl, launchBrowser, newPage, watchDsfrAssets } from './support/browser';
import { WORKSPACE_ROOT } from './support/platform';

/** How long the demo data may take to be loaded and indexed after the platform starts. */
const INDEX_READY_TIMEOUT_MS = 120_000;
const COUNTS = `{ federationStats { listings } search(input: { first: 1 }) { totalCount } }`;

/**
 * Waits until the search index holds every published listing: right after the start, the demo
 * feeds are still being ingested and indexed (searches then answer fewer results, or
 * SEARCH_UNAVAILABLE). Both counts must agree twice in a row.
 */
async function searchIndexCaughtUp(): Promise<number> {
  const deadline = Date.now() + INDEX_READY_TIMEOUT_MS;
  let previous = -1;
  for (;;) {
    const response = await fetch(`${baseUrl()}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: COUNTS }),
    });
    const body = (await response.json()) as {
      data?: { federationStats: { listings: number }; search: { totalCount: number } } | null;
    };
    const listings = body.data?.federationStats.listings ?? 0;
    const indexed = body.data?.search.totalCount ?? -2;
    if (listings > 0 && indexed === listings && listings === previous) return listings;
    previous = indexed === listings ? listings : -1;
    if (Date.now() > deadline) {
      throw new Error(`search index not caught up: ${indexed} indexed of ${listings} listings`);
    }
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
}

const SCREENSHOT = join(WORKSPACE_ROOT, 'docs/screenshots/search.png');
const MOBILE_SCREENSHOT = join(WORKSPACE_ROOT, 'docs/screenshots/search-mobile.png');
const MOBILE_VIEWPORT = { width: 390, height: 844 };

/** "300 annonces trouvées" → 300; "Aucune annonce trouvée" → 0. */
function countOf(text: string): number {
  if (/^Aucune annonce/.test(text)) return 0;
  const match = /^([\d\s\u202f\u00a0]+) annonces? trouvées?$/.exec(text.trim());
  if (!match?.[1]) throw new Error(`not a result count: "${text}"`);
  return Number(match[1].replace(/\D/g, ''));
}

describe('Search page', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let consoleErrors: string[];

  beforeAll(async () => {
    browser = await launchBrowser();
    await searchIndexCaughtUp();
  }, INDEX_READY_TIMEOUT_MS + 30_000);

  afterAll(async () => {
    await browser?.close();
  });

  beforeEach(async () => {
    ({ context, page, consoleErrors } = await newPage(browser));
  });

  afterEach(async () => {
    await context?.close();
  });

  const heading = () => page.locator('#resultats-titre');
  const cards = () => page.locator('.search-results__list > li');
  const titles = () => page.locator('.search-results__list h3').allInnerTexts();

  /** Waits until the results region shows a count (not "Recherche en cours…"). */
  async function settled(): Promise<number> {
    await page.waitForFunction(() => {
      const text = document.getElementById('resultats-titre')?.textContent ?? '';
      return /trouvée/.test(text) && !document.querySelector('#resultats [aria-busy="true"]');
    });
    return countOf(await heading().innerText());
  }

  /** Waits until the results answer this search (its query string, "" for none). */
  async function settledFor(search: string): Promise<number> {
    await page.waitForFunction((expected) => {
      const region = document.getElementById('resultats');
      const text = document.getElementById('resultats-titre')?.textContent ?? '';
      return (
        region?.dataset['search'] === expected &&
        !region.querySelector('[aria-busy="true"]') &&
        /trouvée/.test(text)
      );
    }, search);
    return countOf(await heading().innerText());
  }

  async function openSearch(query = ''): Promise<number> {
    await page.goto(`/recherche${query}`);
    return settled();
  }

  it('searches with words and a filter: the count, the URL and the announcement follow', async () => {
    const all = await openSearch();
    expect(all).toBeGreaterThan(250);
    expect(await cards().count()).toBe(20);
    expect(await heading().locator('[role="status"]').count()).toBe(1);

    const words = page.getByLabel('Quoi ?');
    await words.fill('jardin');
    await words.press('Enter');
    const withWords = await settledFor('?q=jardin');
    expect(new URL(page.url()).search).toBe('?q=jardin');
    expect(withWords).toBeGreaterThan(0);
    expect(withWords).toBeLessThan(all);
    // The focus stays in the field the search was made from.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('q');

    // The DSFR draws the box on the label, which takes the click.
    await page.locator('label', { hasText: /^Sur place \(\d+\)$/ }).click();
    const onSite = await settledFor('?q=jardin&distance=sur-place');
    expect(await page.getByRole('checkbox', { name: /^Sur place \(\d+\)$/ }).isChecked()).toBe(
      true,
    );
    expect(new URL(page.url()).search).toBe('?q=jardin&distance=sur-place');
    expect(onSite).toBeLessThanOrEqual(withWords);
    expect(consoleErrors).toEqual([]);
  });

  it('loads every DSFR icon and asset the results page shows', async () => {
    const dsfr = watchDsfrAssets(page);
    expect(await openSearch('?q=aide')).toBeGreaterThan(0);
    await page.waitForLoadState('networkidle');
    expect(dsfr.failed).toEqual([]);
    expect(dsfr.requested).toContain('/dsfr/icons/system/search-line.svg');
  });

  it('gives the same results when the URL is opened again', async () => {
    const count = await openSearch('?q=jardin&distance=sur-place,mixte&tri=recentes');
    const shown = await titles();

    await page.reload();
    expect(await settled()).toBe(count);
    expect(await titles()).toEqual(shown);
    expect(await page.getByLabel('Quoi ?').inputValue()).toBe('jardin');
    expect(await page.getByLabel('Trier par').inputValue()).toBe('NEWEST');
  });

  it('restores the previous results with the back button', async () => {
    const all = await openSearch();
    const firstTitles = await titles();

    const words = page.getByLabel('Quoi ?');
    await words.fill('alimentaire');
    await words.press('Enter');
    const found = await settledFor('?q=alimentaire');
    expect(found).toBeLessThan(all);

    await page.goBack();
    expect(await settledFor('')).toBe(all);
    expect(new URL(page.url()).search).toBe('');
    expect(await titles()).toEqual(firstTitles);
    expect(await words.inputValue()).toBe('');

    await page.goForward();
    expect(await settledFor('?q=alimentaire')).toBe(found);
    expect(await words.inputValue()).toBe('alimentaire');
  });

  it('reaches a result with the keyboard only, and Enter opens its page', async () => {
    await openSearch();
    await page.getByLabel('Quoi ?').focus();

    // Tab to the skip link, which jumps over the filters to the results.
    let reached = false;
    for (let i = 0; i < 15 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached =
        (await page.evaluate(() => document.activeElement?.textContent?.trim())) ===
        'Aller à la liste des résultats';
    }
    expect(reached).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('resultats');

    let href: string | null = null;
    for (let i = 0; i < 5 && !href; i++) {
      await page.keyboard.press('Tab');
      href = await page.evaluate(() =>
        document.activeElement?.closest('.search-results__list')
          ? document.activeElement.getAttribute('href')
          : null,
      );
    }
    expect(href).toMatch(/^\/annonces\/[0-9a-f-]{36}$/);

    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === href);
  });

  it('chooses a commune with the keyboard and shows distances', async () => {
    await openSearch();
    const place = page.getByRole('combobox', { name: /^Où \?/ });
    await place.fill('lyon');
    const options = page.getByRole('listbox', { name: 'Communes proposées' }).getByRole('option');
    await options.first().waitFor();
    expect(await place.getAttribute('aria-expanded')).toBe('true');
    expect(await options.first().innerText()).toMatch(/^Lyon \d+(er|e) Arrondissement \(6900\d\)/);

    await place.press('ArrowDown');
    const active = await place.getAttribute('aria-activedescendant');
    expect(active).toBe(await options.first().getAttribute('id'));
    await place.press('Enter');
    await page.waitForURL((url) => url.searchParams.has('lat'));
    await settledFor(new URL(page.url()).search);

    const search = new URL(page.url()).searchParams;
    expect(search.get('lieu')).toMatch(/^Lyon \d+(er|e) Arrondissement \(6900\d\)$/);
    expect(Number(search.get('lat'))).toBeCloseTo(45.76, 1);
    expect(await place.getAttribute('aria-expanded')).toBe('false');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe(
      'combobox',
    );
    const first = await cards().first().innerText();
    expect(first).toMatch(/à (moins de 1|\d+(,\d)?) km/);
    expect(await page.getByLabel('Trier par').locator('option').allInnerTexts()).toContain(
      'Distance',
    );
  });

  it('explains a refused geolocation, and searches around the position when allowed', async () => {
    await openSearch();
    await page.getByRole('button', { name: 'Autour de moi' }).click();
    await page.getByText("Vous n'avez pas autorisé l'accès à votre position.").waitFor();

    await context.grantPermissions(['geolocation']);
    await context.setGeolocation({ latitude: 48.8566, longitude: 2.3522 });
    await page.getByRole('button', { name: 'Autour de moi' }).click();
    await page.waitForURL((url) => url.searchParams.has('lat'));
    await settledFor(new URL(page.url()).search);
    const search = new URL(page.url()).searchParams;
    expect(search.get('lieu')).toBe('Autour de moi');
    expect(search.get('lat')).toBe('48.857');
    expect(await page.getByRole('combobox', { name: /^Où \?/ }).inputValue()).toBe('Autour de moi');
  });

  it('loads more results, moves the focus to the first new one and keeps them in the URL', async () => {
    await openSearch('?q=mission');
    await page.getByRole('button', { name: 'Afficher plus de résultats' }).click();
    await cards().nth(20).waitFor();
    await page.waitForURL((url) => url.searchParams.get('page') === '2');

    expect(await cards().count()).toBe(40);
    const focusedHref = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    expect(focusedHref).toBe(await cards().nth(20).locator('a').getAttribute('href'));

    const shown = await titles();
    await page.reload();
    await settled();
    expect(await titles()).toEqual(shown);
  });

  it('shows the empty state with suggestions, which lead back to results', async () => {
    expect(await openSearch('?q=zzzzzz&domaines=sante')).toBe(0);
    expect(await heading().innerText()).toBe('Aucune annonce trouvée');
    const suggestions = page.getByRole('list', { name: 'Vous pouvez élargir la recherche :' });
    expect(await suggestions.getByRole('button').allInnerTexts()).toEqual([
      'Retirer le filtre « Santé »',
      'Chercher sans les mots « zzzzzz »',
    ]);

    expect(await accessibilityViolations(page)).toEqual([]);

    await suggestions.getByRole('button', { name: 'Chercher sans les mots « zzzzzz »' }).click();
    expect(await settledFor('?domaines=sante')).toBeGreaterThan(0);
    expect(new URL(page.url()).search).toBe('?domaines=sante');
  });

  it('has no WCAG 2.1 A/AA violation detected by axe-core on the results', async () => {
    await openSearch('?q=jardin&lieu=Lyon+3e+Arrondissement+(69003)&lat=45.75336&lon=4.86919');

    expect(await accessibilityViolations(page)).toEqual([]);

    await openSearch();
    await page.waitForLoadState('networkidle'); // the map beside the list, if any
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    mkdirSync(dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT });
  });

  it('explains an unavailable search in plain French and retries', async () => {
    let failures = 1;
    await page.route('**/graphql', async (route) => {
      const body = route.request().postDataJSON() as { operationName?: string } | null;
      if (body?.operationName === 'SearchListings' && failures > 0) {
        failures -= 1;
        await route.fulfill({
          status: 200,
          contentType: 'application/json',
          body: JSON.stringify({
            data: null,
            errors: [
              {
                message: 'La recherche est momentanément indisponible.',
                extensions: { code: 'SEARCH_UNAVAILABLE' },
              },
            ],
          }),
        });
      } else {
        await route.continue();
      }
    });

    await page.goto('/recherche');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toContain(
      'La recherche est momentanément indisponible. Les annonces ne sont pas perdues : réessayez dans quelques minutes.',
    );
    await alert.getByRole('button', { name: 'Réessayer' }).click();
    expect(await settled()).toBeGreaterThan(250);
  });

  it('says when the network fails, and retries', async () => {
    let failures = 1;
    await page.route('**/graphql', async (route) => {
      const body = route.request().postDataJSON() as { operationName?: string } | null;
      if (body?.operationName === 'SearchListings' && failures > 0) {
        failures -= 1;
        await route.abort('connectionfailed');
      } else {
        await route.continue();
      }
    });

    await page.goto('/recherche?q=jardin');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.getByRole('heading', { level: 3 }).innerText()).toBe(
      "Les annonces n'ont pas pu être chargées",
    );
    await alert.getByRole('button', { name: 'Réessayer' }).click();
    expect(await settled()).toBeGreaterThan(0);
  });

  it('renders the filters collapsed on a phone', async () => {
    const phone = await browser.newContext({
      baseURL: baseUrl(),
      viewport: MOBILE_VIEWPORT,
      locale: 'fr-FR',
      colorScheme: 'light',
      isMobile: true,
      hasTouch: true,
    });
    try {
      const mobile = await phone.newPage();
      await mobile.goto('/recherche');
      await mobile.waitForFunction(() =>
        /trouvée/.test(document.getElementById('resultats-titre')?.textContent ?? ''),
      );

      const toggle = mobile.getByRole('button', { name: 'Afficher les filtres' });
      expect(await toggle.isVisible()).toBe(true);
      expect(await toggle.getAttribute('aria-expanded')).toBe('false');
      expect(await mobile.getByRole('group', { name: "Type d'annonce" }).isVisible()).toBe(false);
      // The screenshot shows the filters button and the first results, below the form.
      await mobile.evaluate(() => {
        document.querySelector('.search-skip-link')?.nextElementSibling?.scrollIntoView();
        return document.fonts.ready.then(() => undefined);
      });
      mkdirSync(dirname(MOBILE_SCREENSHOT), { recursive: true });
      await mobile.screenshot({ path: MOBILE_SCREENSHOT });

      await toggle.click();
      const hide = mobile.getByRole('button', { name: 'Masquer les filtres' });
      expect(await hide.getAttribute('aria-expanded')).toBe('true');
      expect(await mobile.getByRole('group', { name: "Type d'annonce" }).isVisible()).toBe(true);
    } finally {
      await phone.close();
    }
  });

  it('is reached from the home page: search box and domain tags', async () => {
    await page.goto('/');
    const box = page.getByRole('searchbox', {
      name: "Rechercher une mission, une offre d'entraide",
    });
    await box.fill('aide alimentaire');
    await box.press('Enter');
    await page.waitForURL((url) => url.pathname === '/recherche');
    expect(new URL(page.url()).searchParams.get('q')).toBe('aide alimentaire');
    expect(await settled()).toBeGreaterThan(0);
    expect(await page.getByLabel('Quoi ?').inputValue()).toBe('aide alimentaire');

    await page.goto('/');
    await page
      .getByRole('list', { name: 'Explorer par domaine' })
      .getByRole('link', { name: 'Santé' })
      .click();
    await page.waitForURL((url) => url.search === '?domaines=sante');
    expect(await settled()).toBeGreaterThan(0);
    expect(await page.getByRole('checkbox', { name: /^Santé \(\d+\)$/ }).isChecked()).toBe(true);
  });
});
