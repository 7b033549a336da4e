/**
 * Once per e2e run: build the web app, start the platform, hand its URL to the tests through
 * E2E_BASE_URL. With E2E_BASE_URL already set, tests run against that server and nothing starts.
 * E2E_SKIP_BUILD=true reuses dist/apps/web as it is.
 */
import { buildWebApp, startPlatform, type RunningPlatform } from './platform';

export const PLATFORM_KEY = '__passerelleWebE2ePlatform';

export default async function globalSetup(): Promise<void> {
  if (process.env['E2E_BASE_URL']) return;
  if (process.env['E2E_SKIP_BUILD'] !== 'true') buildWebApp();
  const platform: RunningPlatform = await startPlatform();
  (globalThis as Record<string, unknown>)[PLATFORM_KEY] = platform;
  process.env['E2E_BASE_URL'] = platform.baseUrl;
}
