/**
 * Time from navigation to results visible on the search page, in headless Chromium, against a
 * running platform (`npm start`): each sample is a fresh browser context (cold page cache),
 * from `page.goto` until the first result card is visible.
 *
 *   node -r @swc-node/register bench/web/navigation.ts --url http://127.0.0.1:3000 --runs 30
 */
import { chromium } from 'playwright-core';
import {
  CHROMIUM_ARGS,
  CHROMIUM_PATH,
  DESKTOP_VIEWPORT,
} from '../../apps/web-e2e/src/support/browser';

function arg(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? (process.argv[index + 1] ?? fallback) : fallback;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

async function main(): Promise<void> {
  const base = arg('url', 'http://127.0.0.1:3000');
  const runs = Number(arg('runs', '30'));
  const path = arg('path', '/recherche?q=aide');
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const samples: number[] = [];
  try {
    for (let i = 0; i < runs + 3; i++) {
      const context = await browser.newContext({ viewport: DESKTOP_VIEWPORT, locale: 'fr-FR' });
      const page = await context.newPage();
      const started = performance.now();
      await page.goto(`${base}${path}`);
      await page
        .locator('#resultats .fr-card')
        .first()
        .waitFor({ state: 'visible', timeout: 30_000 });
      const elapsed = performance.now() - started;
      if (i >= 3) samples.push(elapsed); // 3 warm-ups (server caches, Meilisearch)
      await context.close();
    }
  } finally {
    await browser.close();
  }
  const sorted = [...samples].sort((a, b) => a - b);
  const round = (n: number) => Math.round(n);
  console.log(
    JSON.stringify({
      path,
      runs: samples.length,
      p50Ms: round(percentile(sorted, 50)),
      p95Ms: round(percentile(sorted, 95)),
      maxMs: round(sorted.at(-1) ?? NaN),
    }),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
