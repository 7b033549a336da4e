/**
 * One Jest run for the whole workspace: a project per library or app, and the real servers
 * (PostgreSQL, Meilisearch) started once for the run by the same runtime as `npm start`.
 */
export default {
  projects: ['<rootDir>/libs/*/*/jest.config.ts', '<rootDir>/apps/*/jest.config.ts'],
  globalSetup: '<rootDir>/tools/jest/global-setup.ts',
  globalTeardown: '<rootDir>/tools/jest/global-teardown.ts',
  // A global option (ignored in project configs): integration tests start apps and talk to
  // real servers, which takes a while on a busy 2-core machine.
  testTimeout: 30_000,
};
