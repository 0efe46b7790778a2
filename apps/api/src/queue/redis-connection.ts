import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import Redis from 'ioredis';

export const REDIS_URL = Symbol('REDIS_URL');

/** One shared ioredis connection; it keeps reconnecting, so Redis may come and go while the API runs. */
@Injectable()
export class RedisConnection implements OnApplicationShutdown {
  private readonly logger = new Logger('Queue');
  readonly client: Redis | null;

  constructor(@Inject(REDIS_URL) readonly url: string | null) {
    if (!url) {
      this.logger.warn('No Redis found: the queue is DOWN. Jobs wait in the outbox until a queue is back.');
      this.client = null;
      return;
    }
    this.client = new Redis(url, {
      maxRetriesPerRequest: null,
      enableOfflineQueue: false,
      retryStrategy: (attempt) => Math.min(attempt * 200, 5000),
    });
    let warned = false;
    this.client.on('error', (error) => {
      if (!warned) this.logger.warn(`Redis unavailable (${error.message}); retrying in the background.`);
      warned = true;
    });
    this.client.on('ready', () => {
      warned = false;
    });
  }

  async isUp(): Promise<boolean> {
    if (!this.client || this.client.status !== 'ready') return false;
    return (await this.client.ping().catch(() => null)) === 'PONG';
  }

  onApplicationShutdown() {
    this.client?.disconnect();
  }
}
