import { Module } from '@nestjs/common';
import { IngestModule } from '@passerelle/api-ingest';
import { DemoDataService } from './demo-data.service';

@Module({ imports: [IngestModule], providers: [DemoDataService], exports: [DemoDataService] })
export class DemoModule {}
