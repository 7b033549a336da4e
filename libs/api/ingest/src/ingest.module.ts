import { Module } from '@nestjs/common';
import { IngestService } from './store/ingest.service';

@Module({ providers: [IngestService], exports: [IngestService] })
export class IngestModule {}
