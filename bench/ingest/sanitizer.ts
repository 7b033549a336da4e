/**
 * The description sanitizer alone (ADR 0015): the descriptions of the benchmark feed, each
 * sanitized by `sanitizeDescription` and by sanitize-html with the former options (the
 * oracle), checked equal, then timed, best of 5 rounds each, on one thread.
 *
 *   node -r @swc-node/register bench/ingest/sanitizer.ts [--file tmp/bench/feed-100k.xml] [--mb 80]
 */
import { openSync, readSync, closeSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { sanitizeDescription } from '../../libs/api/ingest/src/pipeline/html';
import { oracleSanitizeDescription } from '../../libs/api/ingest/src/pipeline/testing/sanitize-html-oracle';
import { DEFAULT_COUNT, defaultFeedPath } from './generate-feed';

const { values } = parseArgs({
  options: { file: { type: 'string' }, mb: { type: 'string', default: '80' } },
});
const file = values.file ?? defaultFeedPath(DEFAULT_COUNT);
const buffer = Buffer.alloc(Number(values.mb) * 1024 * 1024);
const fd = openSync(file, 'r');
const length = readSync(fd, buffer, 0, buffer.length, 0);
closeSync(fd);
const descriptions = [
  ...buffer
    .toString('utf8', 0, length)
    .matchAll(/<description><!\[CDATA\[([\s\S]*?)\]\]><\/description>/g),
].map((match) => match[1]!);
const chars = descriptions.reduce((sum, description) => sum + description.length, 0);

const differing = descriptions.filter(
  (d) => sanitizeDescription(d) !== oracleSanitizeDescription(d),
);

function bestMicroseconds(sanitize: (html: string) => string): number {
  let best = Infinity;
  for (let round = 0; round < 5; round++) {
    const start = process.hrtime.bigint();
    for (const description of descriptions) sanitize(description);
    best = Math.min(best, Number(process.hrtime.bigint() - start) / 1000 / descriptions.length);
  }
  return Math.round(best * 10) / 10;
}

const ours = bestMicroseconds(sanitizeDescription);
const oracle = bestMicroseconds(oracleSanitizeDescription);
console.log(
  JSON.stringify(
    {
      file,
      descriptions: descriptions.length,
      meanCharacters: Math.round(chars / descriptions.length),
      differingFromSanitizeHtml: differing.length,
      microsecondsPerDescription: { sanitizeDescription: ours, sanitizeHtml: oracle },
      ratio: Math.round((oracle / ours) * 10) / 10,
    },
    null,
    2,
  ),
);
if (differing.length > 0) process.exitCode = 1;
