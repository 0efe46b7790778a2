import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { Queue, WorkerOptions } from 'bullmq';
import { AppConfig } from '../config/app-config';
import { QUEUES, QueueName } from './queue-names';
import { RedisConnection } from './redis-connection';

const DAY_SECONDS = 24 * 3600;

export interface QueueDepth {
  name: QueueName;
  waiting: number;
  active: number;
  delayed: number;
  failed: number;
}

/** The product's BullMQ queues on the shared Redis connection, with the configured key prefix and retry policy. */
@Injectable()
export class BullQueues implements OnApplicationShutdown {
  private readonly queues = new Map<QueueName, Queue>();

  constructor(
    private readonly redis: RedisConnection,
    private readonly config: AppConfig,
  ) {}

  /** null when the product runs without Redis. */
  get(name: QueueName): Queue | null {
    if (!this.redis.client) return null;
    let queue = this.queues.get(name);
    if (!queue) {
      queue = new Queue(name, {
        connection: this.redis.client,
        prefix: this.config.queuePrefix,
        defaultJobOptions: {
          attempts: this.config.jobAttempts,
          backoff: { type: 'exponential', delay: this.config.jobBackoffMs },
          // Completed jobs are kept a day so that a relay re-adding the same job id is ignored by BullMQ.
          removeOnComplete: { age: DAY_SECONDS, count: 50_000 },
          removeOnFail: { age: 30 * DAY_SECONDS },
        },
      });
      queue.on('error', () => undefined); // RedisConnection already reports an unreachable Redis
      this.queues.set(name, queue);
    }
    return queue;
  }

  all(): Queue[] {
    return Object.values(QUEUES).flatMap((name) => this.get(name) ?? []);
  }

  /** Options for a Worker on one of these queues: its own connection (BullMQ closes it), same prefix. */
  workerOptions(overrides: Partial<WorkerOptions> = {}): WorkerOptions {
    if (!this.redis.url) throw new Error('No Redis: no workers');
    return {
      connection: { url: this.redis.url, maxRetriesPerRequest: null, retryStrategy: (attempt: number) => Math.min(attempt * 200, 5000) },
      prefix: this.config.queuePrefix,
      ...overrides,
    } as WorkerOptions;
  }

  /** Job counts per queue; only call when Redis is up (a Queue waits for Redis rather than failing). */
  async depth(): Promise<QueueDepth[]> {
    return Promise.all(
      Object.values(QUEUES).map(async (name) => {
        const counts = await this.get(name)!.getJobCounts('waiting', 'active', 'delayed', 'failed');
        return { name, waiting: counts.waiting ?? 0, active: counts.active ?? 0, delayed: counts.delayed ?? 0, failed: counts.failed ?? 0 };
      }),
    );
  }

  async onApplicationShutdown() {
    await Promise.all([...this.queues.values()].map((queue) => queue.close()));
  }
}
