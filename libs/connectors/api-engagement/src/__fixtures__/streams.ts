import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export { asAsync, chunked, mapped, run, type FeedRun } from '@passerelle/connectors-core/testing';

/** A fixture file of this folder. */
export function fixture(name: string): Buffer {
  return readFileSync(join(__dirname, name));
}
