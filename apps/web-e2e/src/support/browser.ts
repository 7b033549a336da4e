import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** The system Chromium, headless, with everything that phones home switched off. */
export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

export const DESKTOP_VIEWPORT = { width: 1280, height: 800 };

export function baseUrl(): string {
  const url = process.env['E2E_BASE_URL'];
  if (!url) throw new Error('E2E_BASE_URL is not set: run through apps/web-e2e/jest.e2e.config.ts');
  return url;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}

/** A fresh French desktop context; browser console errors are collected for the assertions. */
export async function newPage(
  browser: Browser,
): Promise<{ context: BrowserContext; page: Page; consoleErrors: string[] }> {
  const context = await browser.newContext({
    baseURL: baseUrl(),
    viewport: DESKTOP_VIEWPORT,
    locale: 'fr-FR',
    colorScheme: 'light',
  });
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  return { context, page, consoleErrors };
}

/** DSFR files (styles, icons, fonts) the page asked for, and those that failed (status ≥ 400). */
export function watchDsfrAssets(page: Page): { requested: string[]; failed: string[] } {
  const seen = { requested: [] as string[], failed: [] as string[] };
  page.on('response', (response) => {
    const { pathname } = new URL(response.url());
    if (!pathname.startsWith('/dsfr/')) return;
    seen.requested.push(pathname);
    if (response.status() >= 400) seen.failed.push(`${response.status()} ${pathname}`);
  });
  return seen;
}
