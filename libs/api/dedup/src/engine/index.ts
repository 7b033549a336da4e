export * from './blocking-keys';
export * from './canonical';
export * from './clustering';
export * from './dedup-listing';
export * from './features';
export * from './score-pair';
export * from './text';
export * from './key-index';
