export * from './pipeline';
export * from './store';
export * from './feeds/read-feed';
export { IngestModule } from './ingest.module';
