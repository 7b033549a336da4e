import { Controller, Get, Logger, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ApplyRedirectService } from './apply-redirect.service';
import { NOT_FOUND_PAGE } from './not-found.page';

/**
 * `GET /r/{listingId}` and `GET /r/{listingId}/{partnerSlug}` (API.md, "Redirect"): counts a
 * click, then 302 to the source's apply URL. The target always comes from the database and is
 * an http(s) URL, so this is never an open redirect; anything else is a French 404 page.
 */
@Controller('r')
export class ApplyRedirectController {
  private readonly logger = new Logger(ApplyRedirectController.name);

  constructor(private readonly redirects: ApplyRedirectService) {}

  @Get(':listingId')
  apply(
    @Param('listingId') listingId: string,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    return this.redirect(request, response, listingId);
  }

  @Get(':listingId/:partnerSlug')
  applyVia(
    @Param('listingId') listingId: string,
    @Param('partnerSlug') partnerSlug: string,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    return this.redirect(request, response, listingId, partnerSlug);
  }

  private async redirect(
    request: Request,
    response: Response,
    listingId: string,
    partnerSlug?: string,
  ): Promise<void> {
    // Each click must reach the server to be counted; nothing here is worth caching.
    response.setHeader('cache-control', 'no-store');
    response.setHeader('x-robots-tag', 'noindex, nofollow');
    // On a redirect this policy decides what the partner's site receives as Referer.
    // strict-origin-when-cross-origin rather than no-referrer: the partner sees only
    // Passerelle's origin (the attribution partners rely on to count what the federation brings
    // them), never the path or query of the page that linked here (a search, a listing id), and
    // nothing on a downgrade to http. no-referrer would hide that attribution for no gain of
    // privacy: the origin says nothing about the person.
    response.setHeader('referrer-policy', 'strict-origin-when-cross-origin');

    const target = await this.redirects.findTarget(listingId, partnerSlug);
    if (!target) {
      response
        .status(404)
        .type('html')
        .setHeader('x-content-type-options', 'nosniff')
        .setHeader('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'")
        .send(NOT_FOUND_PAGE);
      return;
    }
    // A HEAD (link previews, checkers) is answered the same way but is not a click.
    if (request.method === 'GET') {
      try {
        await this.redirects.countClick(listingId, target.partnerId);
      } catch (error) {
        // A lost count must not stop the person on the way to apply.
        this.logger.warn({ err: error, listingId }, 'Apply click not counted');
      }
    }
    response.status(302).setHeader('location', target.url);
    response.end();
  }
}
