import 'reflect-metadata';
import { bootstrap } from './app/bootstrap';

bootstrap().catch((error: unknown) => {
  // One clear line, no stack: the message names the problem (variable, port, server).
  console.error(`passerelle: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
