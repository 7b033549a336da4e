import { ListingStatus } from '@passerelle/shared-domain';
import type { ListingObject } from './listing.object';
import type { SourceRecord } from './listing-source.object';
import { canSeeListing, findVisibleListing } from './listing-visibility';

describe(canSeeListing.name, () => {
  const anonymous = { kind: 'anonymous' } as const;
  const admin = { kind: 'admin', via: 'api-key' } as const;
  const partner = { kind: 'partner', partnerId: 'p1', apiKeyId: 'k1' } as const;

  it('lets anyone read published, closed, expired and withdrawn listings', () => {
    for (const status of [
      ListingStatus.PUBLISHED,
      ListingStatus.CLOSED,
      ListingStatus.EXPIRED,
      ListingStatus.WITHDRAWN,
    ]) {
      expect(canSeeListing(anonymous, status, [])).toBe(true);
    }
  });

  it('hides pending and rejected listings from anonymous callers and other partners', () => {
    expect(canSeeListing(anonymous, ListingStatus.PENDING, ['p1'])).toBe(false);
    expect(canSeeListing(anonymous, ListingStatus.REJECTED, [])).toBe(false);
    expect(canSeeListing(partner, ListingStatus.REJECTED, ['p2'])).toBe(false);
  });

  it('shows them to administrators and to a partner that feeds the listing', () => {
    expect(canSeeListing(admin, ListingStatus.PENDING, [])).toBe(true);
    expect(canSeeListing(partner, ListingStatus.REJECTED, ['p2', 'p1'])).toBe(true);
  });
});

describe(findVisibleListing.name, () => {
  const listingOf = (status: ListingStatus) => ({ id: 'l1', status }) as ListingObject;
  const loadersFor = (listing: ListingObject | null) => {
    const sources = jest.fn(() => Promise.resolve([{ partnerId: 'p1' } as SourceRecord]));
    return {
      sources,
      loaders: {
        listing: { load: () => Promise.resolve(listing) },
        sources: { load: sources },
      } as unknown as Parameters<typeof findVisibleListing>[2],
    };
  };
  const partner = { kind: 'partner', partnerId: 'p1', apiKeyId: 'k1' } as const;

  it('answers a public listing without reading its sources', async () => {
    const { loaders, sources } = loadersFor(listingOf(ListingStatus.EXPIRED));
    expect(await findVisibleListing(partner, 'l1', loaders)).toMatchObject({ id: 'l1' });
    expect(sources).not.toHaveBeenCalled();
  });

  it('answers null for an unknown listing and for a hidden one to anonymous callers', async () => {
    expect(
      await findVisibleListing({ kind: 'anonymous' }, 'x', loadersFor(null).loaders),
    ).toBeNull();
    const { loaders, sources } = loadersFor(listingOf(ListingStatus.PENDING));
    expect(await findVisibleListing({ kind: 'anonymous' }, 'l1', loaders)).toBeNull();
    expect(sources).not.toHaveBeenCalled();
  });

  it('shows a pending listing to a partner that feeds it', async () => {
    const { loaders } = loadersFor(listingOf(ListingStatus.PENDING));
    expect(await findVisibleListing(partner, 'l1', loaders)).toMatchObject({ id: 'l1' });
    const other = { ...partner, partnerId: 'p2' };
    expect(await findVisibleListing(other, 'l1', loaders)).toBeNull();
  });
});
