export * from './config';
export * from './errors';
export * from './search-client';
export * from './infrastructure';
