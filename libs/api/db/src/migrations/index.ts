// Written by `nx run api-db:migration-generate`: every migration class, oldest first.
// Classes, not globs, so the list works the same under SWC, Jest and a build.
import type { MigrationInterface } from 'typeorm';
import { Initial1795948212599 } from './1795948212599-Initial';
import { DedupIndexes1795950470171 } from './1795950470171-DedupIndexes';
import { SourceInputHash1796041200000 } from './1796041200000-SourceInputHash';
import { InlineListingRows1796044800000 } from './1796044800000-InlineListingRows';

export const migrations: Array<new () => MigrationInterface> = [
  Initial1795948212599,
  DedupIndexes1795950470171,
  SourceInputHash1796041200000,
  InlineListingRows1796044800000,
];
