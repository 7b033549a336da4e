export { startRuntime, type Runtime, type RuntimeOptions } from './runtime';
export { assertPortFree, freePort, isPortFree, PortInUseError } from './ports';
export { startEmbeddedMeilisearch, type EmbeddedMeilisearchOptions } from './embedded-meilisearch';
