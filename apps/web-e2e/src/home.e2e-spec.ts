import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { accessibilityViolations } from './support/axe';
import { launchBrowser, newPage } from './support/browser';
import { WORKSPACE_ROOT } from './support/platform';

const SCREENSHOT = join(WORKSPACE_ROOT, 'docs/screenshots/home.png');

describe('Home page', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let consoleErrors: string[];

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  beforeEach(async () => {
    ({ context, page, consoleErrors } = await newPage(browser));
  });

  afterEach(async () => {
    await context?.close();
  });

  /** Opens the home page and waits until the domains from the API are listed. */
  async function openHome(): Promise<void> {
    await page.goto('/');
    await page.getByRole('list', { name: 'Explorer par domaine' }).waitFor();
  }

  it('shows the DSFR header of the service, in French', async () => {
    await openHome();

    const header = page.getByRole('banner');
    // The DSFR shows the brand in capitals (CSS); the text itself is "République<br>Française".
    expect(await header.locator('.fr-logo').textContent()).toMatch(
      /^\s*République\s*Française\s*$/,
    );
    expect(await header.locator('.fr-header__service-title').innerText()).toBe('Passerelle');
    expect(await header.locator('.fr-header__service-tagline').innerText()).toBe(
      "Toutes les missions de bénévolat et d'entraide, sur une seule carte",
    );
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    expect(await page.title()).toBe("Passerelle — missions et offres d'entraide");
    expect(await page.getByRole('main').count()).toBe(1);
    expect(await page.getByRole('contentinfo').count()).toBe(1);
    expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
  });

  it('lists the 20 domains of the taxonomy, read from the API', async () => {
    await openHome();

    const domains = await page
      .getByRole('list', { name: 'Explorer par domaine' })
      .getByRole('listitem')
      .allInnerTexts();
    expect(domains).toHaveLength(20);
    expect(domains).toContain('Éducation pour tous');
    expect(domains).toContain('Solidarité et insertion');
    expect(consoleErrors).toEqual([]);

    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    mkdirSync(dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT });
  });

  it('has no WCAG 2.1 A/AA violation detected by axe-core', async () => {
    await openHome();

    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('offers a skip link to the content as the first stop of the keyboard', async () => {
    await openHome();

    await page.keyboard.press('Tab');
    const focused = page.locator(':focus');
    expect(await focused.innerText()).toBe('Contenu');

    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => window.location.hash)).toBe('#contenu');
  });

  it('says when the domains cannot be loaded and loads them again on "Réessayer"', async () => {
    // Fault injection: the first GraphQL request fails as if the network were down.
    let failures = 1;
    await page.route('**/graphql', async (route) => {
      if (failures > 0) {
        failures -= 1;
        await route.abort('connectionfailed');
      } else {
        await route.continue();
      }
    });

    await page.goto('/');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.getByRole('heading', { level: 3 }).innerText()).toBe(
      "Les domaines n'ont pas pu être chargés",
    );

    await alert.getByRole('button', { name: 'Réessayer' }).click();
    const domains = page.getByRole('list', { name: 'Explorer par domaine' }).getByRole('listitem');
    await domains.first().waitFor();
    expect(await domains.count()).toBe(20);
  });
});
