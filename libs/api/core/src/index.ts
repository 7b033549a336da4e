export * from './config';
export * from './errors';
export * from './search-client';
export * from './infrastructure';
export * from './graphql/connection';
export * from './graphql/graphql-enums';
export * from './graphql/json.scalar';
export * from './graphql/taxonomy.object';
