import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IngestErrorCode } from './ingest.errors';

describe('docs/partners.md', () => {
  it('lists every rejection and warning code partners can receive', () => {
    const guide = readFileSync(join(__dirname, '../../../../../docs/partners.md'), 'utf8');
    const missing = Object.values(IngestErrorCode).filter((code) => !guide.includes(`\`${code}\``));
    expect(missing).toEqual([]);
  });
});
