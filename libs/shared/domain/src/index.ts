export * from './taxonomy';
export * from './enums';
export * from './listing-input';
