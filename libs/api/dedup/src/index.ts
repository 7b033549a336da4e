export * from './engine';
export * from './store';
export { DedupModule, DedupService } from './graphql';
