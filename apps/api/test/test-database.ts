import { LOCAL_POSTGRES_URL } from '../src/database/local-postgres';

/** The server the tests create their throw-away database on: DATABASE_URL's server if given, else the local one. */
export function testServerUrl(): string {
  const given = process.env.TEST_DATABASE_SERVER_URL ?? process.env.DATABASE_URL;
  if (!given) return LOCAL_POSTGRES_URL;
  const url = new URL(given);
  url.pathname = '';
  return url.toString().replace(/\/$/, '');
}
