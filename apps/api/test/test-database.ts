import { LOCAL_POSTGRES_URL } from '../src/database/local-postgres';

/** The server the tests create their throw-away database on: DATABASE_URL's server if given, else the local one. */
export function testServerUrl(): string {
  const given = process.env.TEST_DATABASE_SERVER_URL ?? process.env.DATABASE_URL;
  if (!given) return LOCAL_POSTGRES_URL;
  const url = new URL(given);
  url.pathname = '';
  return url.toString().replace(/\/$/, '');
}

export interface ScratchDatabase {
  url: string;
  drop(): Promise<void>;
}

/**
 * A database of its own for a test file whose worker relays the outbox: a relay claims every pending row,
 * so test files that share a database would take each other's events. Migrated when an app starts on it.
 */
export async function createScratchDatabase(label: string): Promise<ScratchDatabase> {
  const { dropDatabase, ensureDatabase } = await import('../src/database/local-postgres');
  const name = `meedoen_test_${label}_${Date.now()}_${process.pid}`;
  const url = await ensureDatabase(testServerUrl(), name);
  return { url, drop: () => (process.env.KEEP_TEST_DATABASE ? Promise.resolve() : dropDatabase(testServerUrl(), name)) };
}
