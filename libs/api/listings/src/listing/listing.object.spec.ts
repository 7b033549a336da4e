import type { ListingEntity } from '@passerelle/api-db';
import { ListingKind, ListingStatus, RemoteMode } from '@passerelle/shared-domain';
import { toActivityObject, toDomainObject, toListingObject } from './listing.object';

const ID = '0b6f5a3e-8d2c-4c1e-9a57-3f0e2d1c4b5a';

const anEntity = (overrides: Partial<ListingEntity> = {}): ListingEntity =>
  Object.assign(
    {
      id: ID,
      kind: ListingKind.OFFER,
      status: ListingStatus.PUBLISHED,
      title: 'Aide aux devoirs',
      description: '<p>Soutien scolaire</p>',
      summary: 'Soutien scolaire',
      domain: 'education',
      activities: ['soutien-scolaire', 'Atelier cuisine'],
      tags: ['collège'],
      remote: RemoteMode.HYBRID,
      places: 3,
      schedule: 'Le mercredi',
      startsAt: new Date('2027-01-05T00:00:00Z'),
      endsAt: null,
      postedAt: new Date('2026-12-01T00:00:00Z'),
      openToMinors: true,
      reducedMobilityAccessible: false,
      closeToTransport: null,
      imageUrl: 'https://example.fr/image.png',
      organizationId: 'org-1',
      createdAt: new Date('2026-12-02T00:00:00Z'),
      updatedAt: new Date('2026-12-03T00:00:00Z'),
      publishedAt: new Date('2026-12-02T00:00:00Z'),
    },
    overrides,
  );

describe(toListingObject.name, () => {
  it('maps every field of the entity, with French labels and the counting redirect', () => {
    expect(toListingObject(anEntity())).toEqual({
      id: ID,
      kind: ListingKind.OFFER,
      status: ListingStatus.PUBLISHED,
      title: 'Aide aux devoirs',
      description: '<p>Soutien scolaire</p>',
      summary: 'Soutien scolaire',
      domain: { slug: 'education', label: 'Éducation pour tous' },
      activities: [
        { slug: 'soutien-scolaire', label: 'Soutien scolaire' },
        { slug: 'Atelier cuisine', label: 'Atelier cuisine' },
      ],
      remote: RemoteMode.HYBRID,
      places: 3,
      schedule: 'Le mercredi',
      startsAt: new Date('2027-01-05T00:00:00Z'),
      endsAt: null,
      postedAt: new Date('2026-12-01T00:00:00Z'),
      openToMinors: true,
      reducedMobilityAccessible: false,
      closeToTransport: null,
      imageUrl: 'https://example.fr/image.png',
      applyUrl: `/r/${ID}`,
      createdAt: new Date('2026-12-02T00:00:00Z'),
      updatedAt: new Date('2026-12-03T00:00:00Z'),
      organizationId: 'org-1',
    });
  });

  it('has no domain when the partner gave none', () => {
    expect(toListingObject(anEntity({ domain: null })).domain).toBeNull();
  });
});

describe(toDomainObject.name, () => {
  it('keeps an unknown slug as its own label', () => {
    expect(toDomainObject('inconnu')).toEqual({ slug: 'inconnu', label: 'inconnu' });
  });
});

describe(toActivityObject.name, () => {
  it('labels a taxonomy activity in French', () => {
    expect(toActivityObject('ecoute-permanence')).toEqual({
      slug: 'ecoute-permanence',
      label: 'Écoute, permanence',
    });
  });
});
