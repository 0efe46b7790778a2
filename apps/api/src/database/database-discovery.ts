import { join } from 'node:path';
import { AppConfig } from '../config/app-config';
import { startEmbeddedPostgres } from './embedded-postgres-server';
import { ensureDatabase, LOCAL_POSTGRES_URL, postgresAnswers } from './local-postgres';

export const PRODUCT_DATABASE = 'meedoen';

export interface DatabaseTarget {
  url: string;
  source: 'DATABASE_URL' | 'local server on 127.0.0.1:5432' | 'embedded server';
  stop(): Promise<void>;
}

/** DATABASE_URL if set; else a server answering on 127.0.0.1:5432; else the embedded server under DATA_DIR. */
export async function discoverDatabase(config: AppConfig, log: (message: string) => void): Promise<DatabaseTarget> {
  const noop = async () => undefined;
  if (config.databaseUrl) return { url: config.databaseUrl, source: 'DATABASE_URL', stop: noop };
  if (await postgresAnswers(LOCAL_POSTGRES_URL)) {
    const url = await ensureDatabase(LOCAL_POSTGRES_URL, PRODUCT_DATABASE);
    return { url, source: 'local server on 127.0.0.1:5432', stop: noop };
  }
  const embedded = await startEmbeddedPostgres(join(config.dataDir, 'postgres'), config.embeddedPostgresPort, log);
  const url = await ensureDatabase(embedded.serverUrl, PRODUCT_DATABASE);
  return { url, source: 'embedded server', stop: embedded.stop };
}
