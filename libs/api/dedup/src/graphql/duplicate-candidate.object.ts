import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PageInfoObject } from '@passerelle/api-core';
import { SignalName } from '../engine';

registerEnumType(SignalName, {
  name: 'DuplicateSignalName',
  description:
    'A signal of deduplication: what two sources share (organization, title, description, place, dates, apply URL), or a veto that forbids merging them automatically.',
});

@ObjectType('DuplicateSignal', { description: 'One explainable signal of a duplicate score.' })
export class DuplicateSignalObject {
  @Field(() => SignalName)
  name!: SignalName;

  @Field(() => Float, {
    description: 'The measure: a similarity in [0, 1], a distance in km (−1: not comparable)…',
  })
  value!: number;

  @Field(() => Float, { description: 'What it adds to the score (may be negative; 0 for a veto).' })
  weight!: number;

  @Field({ description: 'True when this signal forbids an automatic merge.' })
  veto!: boolean;

  @Field({ description: 'A short explanation (English).' })
  detail!: string;
}

@ObjectType('DuplicateCandidateSource', {
  description: 'One side of a candidate pair: a partner’s source, as that partner describes it.',
})
export class DuplicateCandidateSourceObject {
  @Field(() => ID)
  sourceId!: string;

  @Field(() => ID, { description: 'The listing (group) it belongs to now.' })
  listingId!: string;

  @Field()
  partnerSlug!: string;

  @Field()
  partnerName!: string;

  @Field()
  externalId!: string;

  @Field()
  title!: string;

  @Field(() => String, { nullable: true, description: 'Its first place’s commune.' })
  city!: string | null;

  @Field(() => String, { nullable: true })
  departmentCode!: string | null;

  @Field(() => String, { nullable: true })
  organizationName!: string | null;

  @Field(() => String, { nullable: true, description: 'Its page on the partner’s platform.' })
  url!: string | null;

  @Field()
  applyUrl!: string;
}

@ObjectType('DuplicateCandidate', {
  description:
    'Two sources of different listings that may describe the same mission: scored between the review and merge thresholds (or kept apart by another source of the same partner). An operator merges their listings or dismisses the pair.',
})
export class DuplicateCandidateObject {
  @Field(() => ID)
  id!: string;

  @Field(() => Float, { description: 'Similarity in [0, 1].' })
  score!: number;

  @Field(() => [DuplicateSignalObject])
  signals!: DuplicateSignalObject[];

  @Field(() => DuplicateCandidateSourceObject)
  first!: DuplicateCandidateSourceObject;

  @Field(() => DuplicateCandidateSourceObject)
  second!: DuplicateCandidateSourceObject;

  @Field()
  createdAt!: Date;
}

@ObjectType('DuplicateCandidateEdge')
export class DuplicateCandidateEdge {
  @Field()
  cursor!: string;

  @Field(() => DuplicateCandidateObject)
  node!: DuplicateCandidateObject;
}

@ObjectType('DuplicateCandidateConnection')
export class DuplicateCandidateConnection {
  @Field(() => Int)
  totalCount!: number;

  @Field(() => [DuplicateCandidateEdge])
  edges!: DuplicateCandidateEdge[];

  @Field(() => PageInfoObject)
  pageInfo!: PageInfoObject;
}

@ObjectType('DuplicateDecisionPayload', {
  description: 'What an operator’s decision on duplicates changed.',
})
export class DuplicateDecisionPayload {
  @Field(() => [ID], { description: 'The listings of the sources involved, after the decision.' })
  listingIds!: string[];

  @Field(() => [ID], { description: 'Listings left without a source, now withdrawn.' })
  withdrawnListingIds!: string[];

  @Field(() => Int, { description: 'Pairs of sources the decision was recorded for.' })
  decisionCount!: number;
}
