export { JobQueue, type JobOptions } from './job-queue';
export { JobsModule } from './jobs.module';
