export { LazySearchMap } from './LazySearchMap';
export type { SearchMapProps } from './components/SearchMap';
export { FRANCE, mapInput } from './lib/map-state';
