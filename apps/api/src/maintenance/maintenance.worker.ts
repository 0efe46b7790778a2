import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { BullQueues } from '../queue/bull-queues';
import { ScheduledJobWorker } from '../queue/scheduled-job.worker';
import { MAINTENANCE_QUEUE, PURGE_EXPIRED_SESSIONS, SESSION_RETENTION_DAYS } from './maintenance.queue';

/** Periodic housekeeping. */
@Injectable()
export class MaintenanceWorker extends ScheduledJobWorker {
  protected readonly logger = new Logger('Maintenance');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    queues: BullQueues,
  ) {
    super(queues, { queue: MAINTENANCE_QUEUE, name: PURGE_EXPIRED_SESSIONS, everyMs: 3600_000 });
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
}
