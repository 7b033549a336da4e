import type { Browser, BrowserContext, Page } from 'playwright-core';
import { accessibilityViolations } from './support/axe';
import { launchBrowser, newPage } from './support/browser';

describe('Unknown address', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  beforeEach(async () => {
    ({ context, page } = await newPage(browser));
  });

  afterEach(async () => {
    await context?.close();
  });

  it('shows the French 404 page inside the DSFR frame', async () => {
    await page.goto('/cette-page-n-existe-pas');

    const heading = page.getByRole('heading', { level: 1 });
    expect(await heading.innerText()).toBe('Page non trouvée');
    expect(await page.title()).toBe('Page non trouvée — Passerelle');
    expect(await page.getByRole('banner').count()).toBe(1);
    expect(await page.getByRole('contentinfo').count()).toBe(1);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('leads back to the home page and moves the focus to its content', async () => {
    await page.goto('/cette-page-n-existe-pas');

    await page.getByRole('link', { name: "Page d'accueil" }).click();

    await page.getByRole('list', { name: 'Explorer par domaine' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('contenu');
  });
});
