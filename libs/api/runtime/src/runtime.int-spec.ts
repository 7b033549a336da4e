import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { freePort, PortInUseError, startRuntime } from './index';

describe('startRuntime', () => {
  let dataDir: string;

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'passerelle-runtime-'));
  });

  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('starts nothing when both URLs are given', async () => {
    const runtime = await startRuntime({
      dataDir,
      databaseUrl: 'postgres://u:p@db.example/passerelle',
      meiliUrl: 'http://search.example:7700',
      meiliMasterKey: 'k',
      postgresPort: 1,
      meiliPort: 1,
    });
    expect(runtime.started).toEqual([]);
    expect(runtime.databaseUrl).toBe('postgres://u:p@db.example/passerelle');
    await runtime.stop();
  });

  it('says which port is taken and which variable moves it', async () => {
    const port = await freePort();
    const blocker: Server = createServer();
    await new Promise<void>((resolve) => blocker.listen(port, '127.0.0.1', resolve));
    try {
      await expect(
        startRuntime({
          dataDir,
          meiliUrl: 'http://unused',
          postgresPort: port,
          meiliPort: 1,
          ephemeral: true,
        }),
      ).rejects.toThrow(new PortInUseError(port, 'the embedded PostgreSQL', 'EMBEDDED_PG_PORT'));
    } finally {
      blocker.close();
    }
  });

  it('keeps the data and the generated secrets across a restart', async () => {
    const options = {
      dataDir,
      meiliUrl: 'http://unused',
      postgresPort: await freePort(),
      meiliPort: 1,
      ephemeral: true,
    };
    const first = await startRuntime(options);
    const client = new Client({ connectionString: first.databaseUrl });
    await client.connect();
    await client.query("CREATE TABLE kept (v text); INSERT INTO kept VALUES ('bonjour')");
    await client.end();
    await first.stop();
    const secrets = readFileSync(join(dataDir, 'secrets.json'), 'utf8');

    const second = await startRuntime(options);
    const again = new Client({ connectionString: second.databaseUrl });
    await again.connect();
    const { rows } = await again.query('SELECT v FROM kept');
    await again.end();
    await second.stop();
    expect(rows).toEqual([{ v: 'bonjour' }]);
    expect(readFileSync(join(dataDir, 'secrets.json'), 'utf8')).toBe(secrets);
  });
});
