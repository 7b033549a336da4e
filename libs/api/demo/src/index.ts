export { DemoModule } from './demo.module';
export { DemoDataService } from './demo-data.service';
export { DEMO_PARTNERS } from './demo-partners';
