import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const root = import.meta.dirname;
const workspaceRoot = resolve(root, '../..');
const api = 'http://localhost:3000';

/** Path aliases of tsconfig.base.json used by the web app. */
const alias = {
  '@passerelle/web-data-access': resolve(workspaceRoot, 'libs/web/data-access/src/index.ts'),
  // Before '@passerelle/web-ui', which would otherwise match its sub-path.
  '@passerelle/web-ui/map': resolve(workspaceRoot, 'libs/web/ui/src/map/index.ts'),
  '@passerelle/web-ui': resolve(workspaceRoot, 'libs/web/ui/src/index.ts'),
  '@passerelle/web-map': resolve(workspaceRoot, 'libs/web/map/src/index.ts'),
  '@passerelle/web-listing': resolve(workspaceRoot, 'libs/web/listing/src/index.ts'),
  '@passerelle/web-search': resolve(workspaceRoot, 'libs/web/search/src/index.ts'),
  '@passerelle/shared-domain': resolve(workspaceRoot, 'libs/shared/domain/src/index.ts'),
};

/**
 * Long-lived vendor chunks, so a release that only changes the app does not make browsers
 * download React, Apollo and the DSFR again. The DSFR's own script (react-dsfr/dsfr/*) stays
 * the lazy chunk react-dsfr imports after start.
 */
function vendorChunk(id: string): string | undefined {
  if (!id.includes('/node_modules/')) return undefined;
  if (/\/node_modules\/(react|react-dom|scheduler|react-router)\//.test(id)) return 'react';
  if (
    /\/node_modules\/(@apollo|graphql|@wry|optimism|zen-observable-ts|ts-invariant|symbol-observable|tslib)\//.test(
      id,
    )
  ) {
    return 'apollo';
  }
  if (id.includes('/@codegouvfr/react-dsfr/dsfr/')) return undefined;
  if (/\/node_modules\/(@codegouvfr|tsafe)\//.test(id)) return 'dsfr';
  return undefined;
}

export default defineConfig(({ command }) => ({
  root,
  // The DSFR's CSS, fonts and icons are copied into ./public/dsfr by `copy-dsfr-to-public`
  // (git-ignored) and linked from index.html.
  cacheDir: resolve(workspaceRoot, 'node_modules/.vite/web'),
  plugins: [react()],
  resolve: { alias },
  define:
    command === 'build'
      ? // Apollo Client: drop development-only checks and messages from the production bundle.
        { 'globalThis.__DEV__': JSON.stringify(false) }
      : {},
  server: {
    port: 4200,
    strictPort: true,
    proxy: {
      '/graphql': api,
      '/health': api,
      '/ready': api,
      // Click-counting redirects /r/{listingId}; the trailing slash keeps /recherche… local.
      '/r/': api,
    },
    fs: { allow: [workspaceRoot] },
  },
  preview: { port: 4300 },
  build: {
    outDir: resolve(workspaceRoot, 'dist/apps/web'),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    rollupOptions: { output: { manualChunks: vendorChunk } },
  },
}));
