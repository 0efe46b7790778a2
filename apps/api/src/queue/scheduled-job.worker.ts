import { Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { Worker } from 'bullmq';
import { BullQueues } from './bull-queues';
import type { QueueName } from './queue-names';

export interface ScheduledJob {
  queue: QueueName;
  name: string;
  everyMs: number;
}

/** A job run periodically by the worker process, as a repeatable BullMQ job so that several workers run it once. */
export abstract class ScheduledJobWorker implements OnApplicationBootstrap, OnModuleDestroy {
  protected abstract readonly logger: Logger;
  private worker?: Worker;

  constructor(
    private readonly queues: BullQueues,
    private readonly job: ScheduledJob,
  ) {}

  abstract run(name: string): Promise<unknown>;

  onApplicationBootstrap() {
    const queue = this.queues.get(this.job.queue);
    if (!queue) return;
    this.worker = new Worker(this.job.queue, async (job) => this.run(job.name), this.queues.workerOptions());
    this.worker.on('error', () => undefined); // connection trouble: RedisConnection reports it once
    // Not awaited: with Redis down this completes once Redis is back, without holding up the start.
    queue
      .upsertJobScheduler(this.job.name, { every: this.job.everyMs }, { name: this.job.name })
      .catch((error: Error) => this.logger.warn(`could not schedule ${this.job.name} now (${error.message}); the next start will`));
  }

  async onModuleDestroy() {
    await this.worker?.close();
  }
}
