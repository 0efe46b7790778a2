import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { Worker } from 'bullmq';
import { AppConfig } from '../config/app-config';
import { BullQueues } from '../queue/bull-queues';
import { OUTBOX_QUEUES } from '../queue/queue-names';
import { RedisConnection } from '../queue/redis-connection';
import { EventProcessors } from './event-processors';

/** One BullMQ Worker per outbox queue, running the registered processors; stops gracefully. */
@Injectable()
export class QueueWorkers implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('QueueWorkers');
  private readonly workers: Worker[] = [];

  constructor(
    private readonly processors: EventProcessors,
    private readonly queues: BullQueues,
    private readonly redis: RedisConnection,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap() {
    if (!this.redis.url) return;
    for (const name of OUTBOX_QUEUES) {
      const worker = new Worker(
        name,
        (job) => this.processors.process(job),
        this.queues.workerOptions({
          concurrency: this.config.workerConcurrency,
          lockDuration: this.config.jobLockMs,
          stalledInterval: this.config.jobLockMs,
          // A job whose worker died is run again; only one that keeps killing its workers fails.
          maxStalledCount: 3,
        }),
      );
      worker.on('failed', (job, error) => {
        const final = job && (error.name === 'UnrecoverableError' || job.attemptsMade >= (job.opts.attempts ?? 1));
        if (final) this.logger.warn(`${name} job ${job.id} (${job.name}) failed for good: ${error.message}`);
      });
      worker.on('error', () => undefined); // connection trouble: RedisConnection reports it once
      this.workers.push(worker);
    }
  }

  /**
   * SIGTERM: take no new jobs and let running ones finish. After the grace period the process leaves
   * them; their locks expire and another worker (or this one, restarted) runs them again.
   */
  async onModuleDestroy() {
    await Promise.all(
      this.workers.map(async (worker) => {
        const finished = await Promise.race([
          worker.close().then(() => true),
          new Promise<false>((resolve) => setTimeout(() => resolve(false), this.config.shutdownGraceMs).unref()),
        ]);
        if (!finished) this.logger.warn(`${worker.name}: running jobs did not finish within ${this.config.shutdownGraceMs} ms; they will run again`);
      }),
    );
  }
}
