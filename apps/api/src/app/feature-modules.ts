import { PartnersModule } from '@passerelle/api-partners';
import { TaxonomyModule } from '@passerelle/api-taxonomy';

/** Feature modules: the GraphQL schema is what their resolvers declare. */
export const FEATURE_MODULES = [TaxonomyModule, PartnersModule];
