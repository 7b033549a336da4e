import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { SyncRunItemEntity } from '@passerelle/api-db';
import { PageInfoObject } from '@passerelle/api-core';
import { FieldErrorObject, toFieldErrorObject } from './field-error.object';

@ObjectType('SyncRunRejection', { description: 'An item of a sync run that was rejected.' })
export class SyncRunRejectionObject {
  @Field(() => Int, { description: '0-based position of the item in the batch or feed.' })
  position!: number;

  @Field(() => String, { nullable: true, description: 'Null when the item had none.' })
  externalId!: string | null;

  @Field(() => [FieldErrorObject])
  errors!: FieldErrorObject[];
}

@ObjectType('SyncRunRejectionEdge')
export class SyncRunRejectionEdge {
  @Field()
  cursor!: string;

  @Field(() => SyncRunRejectionObject)
  node!: SyncRunRejectionObject;
}

@ObjectType('SyncRunRejectionConnection')
export class SyncRunRejectionConnection {
  @Field(() => Int)
  totalCount!: number;

  @Field(() => [SyncRunRejectionEdge])
  edges!: SyncRunRejectionEdge[];

  @Field(() => PageInfoObject)
  pageInfo!: PageInfoObject;
}

export function toSyncRunRejectionObject(item: SyncRunItemEntity): SyncRunRejectionObject {
  return {
    position: item.position,
    externalId: item.externalId,
    errors: item.errors.map(toFieldErrorObject),
  };
}
