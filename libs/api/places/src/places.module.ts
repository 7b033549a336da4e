import { Module } from '@nestjs/common';
import { CommunesResolver } from './communes.resolver';
import { CommunesService } from './communes.service';

/** Places people search around: commune autocomplete from the shipped postal code table. */
@Module({ providers: [CommunesResolver, CommunesService] })
export class PlacesModule {}
