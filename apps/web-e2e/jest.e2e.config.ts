/**
 * Browser tests of the whole platform, run on their own (not by the unit run):
 *   npx jest -c apps/web-e2e/jest.e2e.config.ts --runInBand
 * The global setup builds the web app and starts `node tools/start.mjs` on free ports with a
 * fresh data directory; tests drive the system Chromium with playwright-core.
 * Set E2E_BASE_URL to test an already running platform instead.
 */
export default {
  displayName: 'web-e2e',
  preset: '../../jest.preset.js',
  rootDir: '.',
  testMatch: ['<rootDir>/src/**/*.e2e-spec.ts'],
  globalSetup: '<rootDir>/src/support/global-setup.ts',
  globalTeardown: '<rootDir>/src/support/global-teardown.ts',
  testTimeout: 60_000,
};
