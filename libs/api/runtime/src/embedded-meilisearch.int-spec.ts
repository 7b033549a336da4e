import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, startEmbeddedMeilisearch } from './index';

describe('startEmbeddedMeilisearch', () => {
  let root: string;

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'passerelle-meili-'));
  });

  afterEach(() => rmSync(root, { recursive: true, force: true }));

  // A generated key is base64url: one in 64 starts with '-', which once made `npm start` fail
  // for good on that machine (the key is kept in secrets.json).
  it('starts with a master key that begins with a dash, and enforces it', async () => {
    const masterKey = '-NEk3y_that-looks-like-an-option-0123';
    const port = await freePort();
    const meili = await startEmbeddedMeilisearch({
      dataDir: join(root, 'meilisearch'),
      port,
      masterKey,
    });
    try {
      const url = `http://127.0.0.1:${port}/indexes`;
      expect((await fetch(url)).status).toBe(401);
      const authorized = await fetch(url, { headers: { Authorization: `Bearer ${masterKey}` } });
      expect(authorized.status).toBe(200);
    } finally {
      await meili.stop();
    }
  });
});
