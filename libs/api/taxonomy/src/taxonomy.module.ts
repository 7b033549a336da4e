import { Module } from '@nestjs/common';
import { TaxonomyResolver } from './taxonomy.resolver';

@Module({ providers: [TaxonomyResolver] })
export class TaxonomyModule {}
