import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { BullQueues } from '../queue/bull-queues';
import { ScheduledJobWorker } from '../queue/scheduled-job.worker';
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

/** Periodic housekeeping. */
@Injectable()
export class MaintenanceWorker extends ScheduledJobWorker {
  protected readonly logger = new Logger('Maintenance');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    queues: BullQueues,
  ) {
    super(queues, { queue: MAINTENANCE_QUEUE, every: Object.fromEntries(Object.entries(TASKS).map(([name, task]) => [name, task.everyMs])) });
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
}
