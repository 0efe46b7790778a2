import { AppConfig } from '../config/app-config';
import { Runtime } from '../config/runtime';
import { discoverDatabase } from '../database/database-discovery';
import { discoverRedis } from '../queue/redis-discovery';

export interface DiscoveredRuntime extends Runtime {
  /** Stops what discovery started itself (embedded PostgreSQL, redis-server). */
  stopStarted(): Promise<void>;
}

/** Settles on a database and a queue as ARCHITECTURE.md describes, and says which it chose. */
export async function discoverRuntime(config: AppConfig, log: (message: string) => void): Promise<DiscoveredRuntime> {
  const database = await discoverDatabase(config, log);
  log(`database: ${database.source}`);
  const redis = await discoverRedis(config, log);
  log(redis.url ? `queue: Redis, ${redis.source}` : 'queue: NO REDIS FOUND — the API runs, jobs wait in the outbox, /api/v1/health reports the queue as down');
  return {
    config,
    databaseUrl: database.url,
    databaseSource: database.source,
    redisUrl: redis.url,
    redisSource: redis.source,
    stopStarted: async () => {
      await redis.stop();
      await database.stop();
    },
  };
}
