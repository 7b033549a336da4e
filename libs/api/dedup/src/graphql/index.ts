export { DedupModule } from './dedup.module';
export { DedupService } from './dedup.service';
