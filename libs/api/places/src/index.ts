export { PlacesModule } from './places.module';
