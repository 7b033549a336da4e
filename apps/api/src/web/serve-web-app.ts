import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';

/** Paths the API answers itself; everything else that asks for HTML gets the web app. */
const API_PATHS = /^\/(graphql|health|ready|metrics|r)(\/|$)/;

/**
 * Serves the built web app (Vite output) on the API's port: static files, then index.html for
 * the client-side routes. Returns false when there is no build.
 */
export function serveWebApp(app: NestExpressApplication, distDir: string): boolean {
  const root = resolve(distDir);
  const index = join(root, 'index.html');
  if (!existsSync(index)) return false;
  app.useStaticAssets(join(root, 'assets'), { prefix: '/assets', immutable: true, maxAge: '1y' });
  app.useStaticAssets(root, { index: false, maxAge: '1h' });
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method === 'GET' && !API_PATHS.test(req.path) && req.accepts('html')) {
      res.setHeader('cache-control', 'no-cache');
      res.sendFile(index);
      return;
    }
    next();
  });
  return true;
}
