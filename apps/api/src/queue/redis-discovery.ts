import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Redis from 'ioredis';
import { AppConfig } from '../config/app-config';

export const LOCAL_REDIS_URL = 'redis://127.0.0.1:6379';

export interface RedisTarget {
  url: string | null;
  source: 'REDIS_URL' | 'local server on 127.0.0.1:6379' | 'redis-server from PATH' | 'none';
  stop(): Promise<void>;
}

export async function redisAnswers(url: string, timeoutMs = 1000): Promise<boolean> {
  const client = new Redis(url, { lazyConnect: true, connectTimeout: timeoutMs, maxRetriesPerRequest: 0, retryStrategy: () => null });
  client.on('error', () => undefined);
  try {
    await client.connect();
    return (await client.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
}

async function waitUntilAnswers(url: string, attempts = 50): Promise<boolean> {
  for (let attempt = 0; attempt < attempts; attempt++) {
    if (await redisAnswers(url, 200)) return true;
    await new Promise((done) => setTimeout(done, 100));
  }
  return false;
}

/**
 * REDIS_URL if set; else a server on 127.0.0.1:6379; else a `redis-server` found on PATH, started here.
 * With none the product still runs: the outbox keeps every job until a queue is back.
 */
export async function discoverRedis(config: AppConfig, log: (message: string) => void): Promise<RedisTarget> {
  const noop = async () => undefined;
  if (config.redisUrl) return { url: config.redisUrl, source: 'REDIS_URL', stop: noop };
  if (await redisAnswers(LOCAL_REDIS_URL)) return { url: LOCAL_REDIS_URL, source: 'local server on 127.0.0.1:6379', stop: noop };
  if (spawnSync('redis-server', ['--version']).status === 0) {
    const dir = resolve(join(config.dataDir, 'redis'));
    mkdirSync(dir, { recursive: true });
    const port = config.embeddedRedisPort;
    const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--appendonly', 'yes'], {
      stdio: 'ignore',
    });
    const url = `redis://127.0.0.1:${port}`;
    if (await waitUntilAnswers(url)) {
      return {
        url,
        source: 'redis-server from PATH',
        stop: async () => {
          child.kill('SIGTERM');
        },
      };
    }
    child.kill('SIGKILL');
    log('redis-server was found on PATH but did not start');
  }
  return { url: null, source: 'none', stop: noop };
}
