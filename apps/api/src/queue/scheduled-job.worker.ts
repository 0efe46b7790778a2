import { Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Queue, Worker } from 'bullmq';
import { RedisConnection } from './queue.module';

export interface ScheduledJob {
  queue: string;
  name: string;
  everyMs: number;
}

/** A job run periodically by the worker process, as a repeatable BullMQ job so that several workers run it once. */
export abstract class ScheduledJobWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  protected abstract readonly logger: Logger;
  private queue?: Queue;
  private worker?: Worker;

  constructor(
    private readonly redis: RedisConnection,
    private readonly job: ScheduledJob,
  ) {}

  abstract run(name: string): Promise<unknown>;

  async onApplicationBootstrap() {
    const connection = this.redis.client;
    if (!connection) return;
    this.worker = new Worker(this.job.queue, async (job) => this.run(job.name), {
      connection: connection.duplicate({ enableOfflineQueue: true }),
    });
    this.queue = new Queue(this.job.queue, { connection });
    await this.queue
      .upsertJobScheduler(this.job.name, { every: this.job.everyMs }, { name: this.job.name })
      .catch((error: Error) => this.logger.warn(`could not schedule ${this.job.name} now (${error.message}); the next start will`));
  }

  async onApplicationShutdown() {
    await this.worker?.close();
    await this.queue?.close();
  }
}
