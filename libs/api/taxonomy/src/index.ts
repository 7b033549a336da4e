export { TaxonomyModule } from './taxonomy.module';
export { DomainObject, ActivityObject, TaxonomyObject } from './taxonomy.object';
