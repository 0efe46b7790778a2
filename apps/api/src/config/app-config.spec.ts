import { InvalidConfigError, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('uses defaults for an empty environment', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.demoMode).toBe(false);
    expect(config.databaseUrl).toBeUndefined();
    expect([config.outflowMinHoursPerWeek, config.retentionInactiveMonths, config.retentionGraceDays]).toEqual([12, 24, 30]);
  });

  it('reads and converts values', () => {
    const config = loadConfig({ PORT: '8080', DEMO_MODE: 'true', CORS_ORIGINS: 'https://a.nl, https://b.nl' });
    expect(config.port).toBe(8080);
    expect(config.demoMode).toBe(true);
    expect(config.corsOrigins).toEqual(['https://a.nl', 'https://b.nl']);
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    [{ NODE_ENV: 'staging' }, 'NODE_ENV'],
    [{ DEMO_MODE: 'maybe' }, 'DEMO_MODE'],
    [{ CORS_ORIGINS: 'not-an-origin' }, 'CORS_ORIGINS'],
    [{ INTAKE_ENCRYPTION_KEY: 'short' }, 'INTAKE_ENCRYPTION_KEY'],
    [{ OUTFLOW_MIN_HOURS_PER_WEEK: '0' }, 'OUTFLOW_MIN_HOURS_PER_WEEK'],
    [{ RETENTION_INACTIVE_MONTHS: 'twee jaar' }, 'RETENTION_INACTIVE_MONTHS'],
    [{ RETENTION_GRACE_DAYS: '-1' }, 'RETENTION_GRACE_DAYS'],
    [{ LINK_SIGNING_KEY: 'short' }, 'LINK_SIGNING_KEY'],
    [{ QUEUE_PREFIX: 'Meedoen:prod' }, 'QUEUE_PREFIX'],
    [{ WORKER_CONCURRENCY: '0' }, 'WORKER_CONCURRENCY'],
    [{ MAIL_FROM: 'not an address' }, 'MAIL_FROM'],
  ])('rejects %j naming %s', (env, name) => {
    expect(() => loadConfig(env)).toThrow(InvalidConfigError);
    expect(() => loadConfig(env)).toThrow(name);
  });

  it('requires a link signing key in production', () => {
    const key = Buffer.alloc(32, 1).toString('base64');
    expect(() => loadConfig({ NODE_ENV: 'production', INTAKE_ENCRYPTION_KEY: key })).toThrow(/LINK_SIGNING_KEY: required in production/);
    expect(loadConfig({ NODE_ENV: 'production', INTAKE_ENCRYPTION_KEY: key, LINK_SIGNING_KEY: key }).linkSigningKey).toBe(key);
  });

  it('refuses demo mode in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', DEMO_MODE: 'true' })).toThrow(/DEMO_MODE/);
  });
});
