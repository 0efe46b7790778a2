import { AppConfig } from './app-config';

/** What start-up found: the configuration plus the database and queue it settled on. */
export interface Runtime {
  config: AppConfig;
  databaseUrl: string;
  databaseSource: string;
  redisUrl: string | null;
  redisSource: string;
}
