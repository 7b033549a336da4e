export { TaxonomyModule } from './taxonomy.module';
