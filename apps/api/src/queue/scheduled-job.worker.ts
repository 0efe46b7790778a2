import { Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { Worker } from 'bullmq';
import { BullQueues } from './bull-queues';
import type { QueueName } from './queue-names';

/** Jobs run periodically on one queue: job name → interval in milliseconds. */
export interface JobSchedule {
  queue: QueueName;
  every: Record<string, number>;
}

/** Jobs run periodically by the worker process, as repeatable BullMQ jobs so that several workers run each once. */
export abstract class ScheduledJobWorker implements OnApplicationBootstrap, OnModuleDestroy {
  protected abstract readonly logger: Logger;
  private worker?: Worker;

  constructor(
    private readonly queues: BullQueues,
    private readonly schedule: JobSchedule,
  ) {}

  abstract run(name: string): Promise<unknown>;

  onApplicationBootstrap() {
    const queue = this.queues.get(this.schedule.queue);
    if (!queue) return;
    this.worker = new Worker(this.schedule.queue, async (job) => this.run(job.name), this.queues.workerOptions());
    this.worker.on('error', () => undefined); // connection trouble: RedisConnection reports it once
    // Not awaited: with Redis down this completes once Redis is back, without holding up the start.
    for (const [name, every] of Object.entries(this.schedule.every)) {
      queue
        .upsertJobScheduler(name, { every }, { name })
        .catch((error: Error) => this.logger.warn(`could not schedule ${name} now (${error.message}); the next start will`));
    }
  }

  async onModuleDestroy() {
    await this.worker?.close();
  }
}
