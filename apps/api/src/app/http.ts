import type { NestExpressApplication } from '@nestjs/platform-express';

/** A push of 1,000 listings with long descriptions fits; anything larger is refused (413). */
export const MAX_REQUEST_BODY = '25mb';

/** HTTP settings shared by `npm start` and the test apps. Create the app with `bodyParser: false`. */
export function configureHttp(app: NestExpressApplication): void {
  app.useBodyParser('json', { limit: MAX_REQUEST_BODY });
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
}
