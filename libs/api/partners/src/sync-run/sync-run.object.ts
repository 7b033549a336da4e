import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type { SyncRunEntity } from '@passerelle/api-db';
import { SyncRunStatus, SyncTrigger, PageInfoObject } from '@passerelle/api-core';

@ObjectType('SyncRunCounts', { description: 'What a sync run did with the items it received.' })
export class SyncRunCountsObject {
  @Field(() => Int)
  received!: number;

  @Field(() => Int)
  created!: number;

  @Field(() => Int)
  updated!: number;

  @Field(() => Int)
  unchanged!: number;

  @Field(() => Int)
  rejected!: number;

  @Field(() => Int)
  withdrawn!: number;
}

@ObjectType('SyncRun', {
  description: 'One pull of a feed or one push batch (synchronisation), with its counts.',
})
export class SyncRunObject {
  @Field(() => ID)
  id!: string;

  /** Not a field: the partner is reached through `partner`. */
  partnerId!: string;

  @Field(() => SyncTrigger)
  trigger!: SyncTrigger;

  @Field(() => SyncRunStatus)
  status!: SyncRunStatus;

  @Field()
  startedAt!: Date;

  @Field(() => Date, { nullable: true })
  finishedAt!: Date | null;

  @Field(() => Float, { nullable: true, description: 'Milliseconds; null while running.' })
  durationMs!: number | null;

  @Field(() => SyncRunCountsObject)
  counts!: SyncRunCountsObject;

  @Field({ description: 'The batch replaced the partner’s set: absent sources were withdrawn.' })
  fullSnapshot!: boolean;

  @Field(() => Int, { description: 'Withdrawals a HELD run would apply once released.' })
  pendingWithdrawals!: number;

  @Field(() => String, {
    nullable: true,
    description: 'Why the whole run failed or was held (stable code).',
  })
  errorCode!: string | null;

  @Field(() => String, { nullable: true, description: 'French message of errorCode.' })
  errorMessage!: string | null;
}

@ObjectType('SyncRunEdge')
export class SyncRunEdge {
  @Field()
  cursor!: string;

  @Field(() => SyncRunObject)
  node!: SyncRunObject;
}

@ObjectType('SyncRunConnection')
export class SyncRunConnection {
  @Field(() => Int)
  totalCount!: number;

  @Field(() => [SyncRunEdge])
  edges!: SyncRunEdge[];

  @Field(() => PageInfoObject)
  pageInfo!: PageInfoObject;
}

export function toSyncRunObject(entity: SyncRunEntity): SyncRunObject {
  return {
    id: entity.id,
    partnerId: entity.partnerId,
    trigger: entity.trigger,
    status: entity.status,
    startedAt: entity.startedAt,
    finishedAt: entity.finishedAt,
    durationMs: entity.finishedAt
      ? Math.max(0, entity.finishedAt.getTime() - entity.startedAt.getTime())
      : null,
    counts: {
      received: entity.received,
      created: entity.created,
      updated: entity.updated,
      unchanged: entity.unchanged,
      rejected: entity.rejected,
      withdrawn: entity.withdrawn,
    },
    fullSnapshot: entity.fullSnapshot,
    pendingWithdrawals: entity.pendingWithdrawals,
    errorCode: entity.errorCode,
    errorMessage: entity.errorMessage,
  };
}
