import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Worker } from 'bullmq';
import { DataSource } from 'typeorm';
import { BullQueues } from '../queue/bull-queues';
import { MAINTENANCE_QUEUE, PURGE_EXPIRED_SESSIONS, SESSION_RETENTION_DAYS } from './maintenance.queue';

/** Periodic housekeeping, scheduled as a repeatable BullMQ job so that several workers run it once. */
@Injectable()
export class MaintenanceWorker implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Maintenance');
  private worker?: Worker;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queues: BullQueues,
  ) {}

  onApplicationBootstrap() {
    const queue = this.queues.get(MAINTENANCE_QUEUE);
    if (!queue) return;
    this.worker = new Worker(MAINTENANCE_QUEUE, async (job) => this.run(job.name), this.queues.workerOptions());
    this.worker.on('error', () => undefined); // connection trouble: RedisConnection reports it once
    // Not awaited: with Redis down this completes once Redis is back, without holding up the start.
    queue
      .upsertJobScheduler(PURGE_EXPIRED_SESSIONS, { every: 3600_000 }, { name: PURGE_EXPIRED_SESSIONS })
      .catch((error: Error) => this.logger.warn(`could not schedule maintenance now (${error.message}); the next start will`));
  }

  async run(name: string): Promise<number> {
    if (name !== PURGE_EXPIRED_SESSIONS) throw new Error(`Unknown maintenance job ${name}`);
    const result = await this.dataSource.query(
      `DELETE FROM "session" WHERE coalesce(revoked_at, expires_at) < now() - make_interval(days => $1)`,
      [SESSION_RETENTION_DAYS],
    );
    const deleted = Array.isArray(result) ? Number(result[1] ?? 0) : 0;
    this.logger.log(`purged ${deleted} ended sessions`);
    return deleted;
  }

  async onModuleDestroy() {
    await this.worker?.close();
  }
}
