import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { ListingEntity } from '@passerelle/api-db';
import {
  ActivityObject,
  DomainObject,
  ListingKind,
  ListingStatus,
  RemoteMode,
} from '@passerelle/api-core';
import { activityLabel, domainLabel } from '@passerelle/shared-domain';
import { applyRedirectPath } from '../redirect/apply-redirect-path';

/**
 * A listing as people see it: a need or an offer of help, one per group of duplicate sources.
 * `locations`, `organization` and `sources` are resolved by ListingResolver through the
 * request's loaders (one query per relation for a whole page).
 */
@ObjectType('Listing', {
  description: 'A need (besoin) or an offer of help (offre), whatever platforms publish it.',
})
export class ListingObject {
  @Field(() => ID)
  id!: string;

  @Field(() => ListingKind)
  kind!: ListingKind;

  @Field(() => ListingStatus, {
    description: 'Expired, closed and withdrawn listings stay readable: their page says so.',
  })
  status!: ListingStatus;

  @Field()
  title!: string;

  @Field({ description: 'Sanitized HTML.' })
  description!: string;

  @Field({ description: 'Plain text, at most 300 characters.' })
  summary!: string;

  @Field(() => DomainObject, { nullable: true })
  domain!: DomainObject | null;

  @Field(() => [ActivityObject], {
    description: 'Taxonomy activities; a value outside the taxonomy keeps its text as label.',
  })
  activities!: ActivityObject[];

  @Field(() => RemoteMode)
  remote!: RemoteMode;

  @Field(() => Int, { nullable: true, description: 'Number of volunteers sought.' })
  places!: number | null;

  @Field(() => String, { nullable: true, description: 'When, in the partner’s words.' })
  schedule!: string | null;

  @Field(() => Date, { nullable: true })
  startsAt!: Date | null;

  @Field(() => Date, { nullable: true })
  endsAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the partner published it.' })
  postedAt!: Date | null;

  @Field(() => Boolean, { nullable: true })
  openToMinors!: boolean | null;

  @Field(() => Boolean, { nullable: true })
  reducedMobilityAccessible!: boolean | null;

  @Field(() => Boolean, { nullable: true })
  closeToTransport!: boolean | null;

  @Field(() => String, { nullable: true })
  imageUrl!: string | null;

  @Field({
    description:
      'Passerelle’s redirect to the application form (`/r/{listingId}`): it counts the click, then goes to the oldest active source.',
  })
  applyUrl!: string;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;

  /** Not a field: the organization is reached through `organization`. */
  organizationId!: string | null;
}

export function toDomainObject(slug: string | null): DomainObject | null {
  return slug === null ? null : { slug, label: domainLabel(slug) ?? slug };
}

/** Unknown partner values are kept as written, their text as label (never dropped). */
export function toActivityObject(slug: string): ActivityObject {
  return { slug, label: activityLabel(slug) ?? slug };
}

/** The columns of a listing row `toListingObject` reads (an entity, or a raw row of them). */
export type ListingColumns = Omit<ListingEntity, 'organization' | 'sources' | 'locations'>;

export function toListingObject(entity: ListingColumns): ListingObject {
  return {
    id: entity.id,
    kind: entity.kind,
    status: entity.status,
    title: entity.title,
    description: entity.description,
    summary: entity.summary,
    domain: toDomainObject(entity.domain),
    activities: entity.activities.map(toActivityObject),
    remote: entity.remote,
    places: entity.places,
    schedule: entity.schedule,
    startsAt: entity.startsAt,
    endsAt: entity.endsAt,
    postedAt: entity.postedAt,
    openToMinors: entity.openToMinors,
    reducedMobilityAccessible: entity.reducedMobilityAccessible,
    closeToTransport: entity.closeToTransport,
    imageUrl: entity.imageUrl,
    applyUrl: applyRedirectPath(entity.id),
    createdAt: entity.createdAt,
    updatedAt: entity.updatedAt,
    organizationId: entity.organizationId,
  };
}
