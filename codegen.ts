/**
 * Typed GraphQL operations for the web app, generated from the checked-in API schema.
 * Run `npx graphql-codegen --config codegen.ts` (or `npm run codegen`); CI regenerates and
 * fails when the output in libs/web/data-access/src/generated/ differs from what is checked in.
 */
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  overwrite: true,
  schema: 'apps/api/schema.gql',
  documents: ['libs/web/**/src/**/*.graphql'],
  ignoreNoDocuments: false,
  generates: {
    'libs/web/data-access/src/generated/': {
      preset: 'client',
      presetConfig: {
        // Operations live in .graphql files: no inline graphql() tag, no fragment masking.
        gqlTagName: 'graphql',
        fragmentMasking: false,
      },
      config: {
        documentMode: 'documentNode',
        enumsAsTypes: true,
        useTypeImports: true,
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
        defaultScalarType: 'unknown',
        scalars: { DateTime: 'string', Date: 'string' },
      },
    },
  },
};

export default config;
