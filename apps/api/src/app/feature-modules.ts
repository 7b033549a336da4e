import { DedupModule } from '@passerelle/api-dedup';
import { ListingsModule } from '@passerelle/api-listings';
import { PartnersModule } from '@passerelle/api-partners';
import { PlacesModule } from '@passerelle/api-places';
import { SearchModule } from '@passerelle/api-search';
import { TaxonomyModule } from '@passerelle/api-taxonomy';

/** Feature modules: the GraphQL schema is what their resolvers declare. */
export const FEATURE_MODULES = [
  TaxonomyModule,
  PartnersModule,
  ListingsModule,
  SearchModule,
  DedupModule,
  PlacesModule,
];
