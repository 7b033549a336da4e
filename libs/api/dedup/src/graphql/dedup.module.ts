import { Module } from '@nestjs/common';
import { AuthModule } from '@passerelle/api-auth';
import { DedupResolver } from './dedup.resolver';
import { DedupService } from './dedup.service';

/** Operators' GraphQL of deduplication: the review queue, merges, splits (ADMIN only). */
@Module({
  imports: [AuthModule],
  providers: [DedupService, DedupResolver],
  exports: [DedupService],
})
export class DedupModule {}
