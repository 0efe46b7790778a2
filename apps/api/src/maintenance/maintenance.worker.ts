import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Worker } from 'bullmq';
import { DataSource } from 'typeorm';
import { BullQueues } from '../queue/bull-queues';
import {
  MAINTENANCE_QUEUE,
  OUTBOX_RETENTION_DAYS,
  PURGE_DELIVERY_HISTORY,
  PURGE_EXPIRED_SESSIONS,
  SEND_LOG_RETENTION_DAYS,
  SESSION_RETENTION_DAYS,
} from './maintenance.queue';

/** Each housekeeping task: how often, and the deletions it runs ($1: the retention in days). */
const TASKS: Record<string, { everyMs: number; deletions: [string, number][] }> = {
  [PURGE_EXPIRED_SESSIONS]: {
    everyMs: 3600_000,
    deletions: [['DELETE FROM "session" WHERE coalesce(revoked_at, expires_at) < now() - make_interval(days => $1)', SESSION_RETENTION_DAYS]],
  },
  [PURGE_DELIVERY_HISTORY]: {
    everyMs: 24 * 3600_000,
    deletions: [
      ['DELETE FROM outbox_event WHERE dispatched_at < now() - make_interval(days => $1)', OUTBOX_RETENTION_DAYS],
      ['DELETE FROM notification_delivery WHERE delivered_at < now() - make_interval(days => $1)', SEND_LOG_RETENTION_DAYS],
    ],
  },
};

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
    for (const [name, task] of Object.entries(TASKS)) {
      queue
        .upsertJobScheduler(name, { every: task.everyMs }, { name })
        .catch((error: Error) => this.logger.warn(`could not schedule ${name} now (${error.message}); the next start will`));
    }
  }

  /** Runs one task; returns how many rows it deleted. */
  async run(name: string): Promise<number> {
    const task = TASKS[name];
    if (!task) throw new Error(`Unknown maintenance job ${name}`);
    let deleted = 0;
    for (const [sql, days] of task.deletions) {
      const result = await this.dataSource.query(sql, [days]);
      deleted += Array.isArray(result) ? Number(result[1] ?? 0) : 0;
    }
    this.logger.log(`${name}: deleted ${deleted} rows`);
    return deleted;
  }

  async onModuleDestroy() {
    await this.worker?.close();
  }
}
