import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('applies the defaults of `npm start` when nothing is set', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 3000,
      embeddedPostgresPort: 5433,
      embeddedMeiliPort: 7700,
      dataDir: '.data',
      demoData: true,
    });
    expect(config.databaseUrl).toBeUndefined();
  });

  it('refuses a port that is not a number and names the variable', () => {
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(
      'PORT must be an integer between 1 and 65535 (got "abc")',
    );
  });

  it('refuses a database URL of another scheme without printing it', () => {
    let message = '';
    try {
      loadConfig({ DATABASE_URL: 'mysql://user:secret@host/db' });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain(
      'DATABASE_URL must be a URL starting with postgres:// or postgresql://',
    );
    expect(message).not.toContain('secret');
  });

  it('reports every bad variable at once', () => {
    expect(() => loadConfig({ PORT: '70000', LOG_LEVEL: 'loud' })).toThrow(/PORT .*; LOG_LEVEL/);
  });

  it('reads flags and external servers', () => {
    const config = loadConfig({
      DEMO_DATA: 'false',
      MEILI_URL: 'http://search:7700',
      DATABASE_URL: 'postgres://u:p@db/passerelle',
    });
    expect(config).toMatchObject({
      demoData: false,
      meiliUrl: 'http://search:7700',
      databaseUrl: 'postgres://u:p@db/passerelle',
    });
  });
});
