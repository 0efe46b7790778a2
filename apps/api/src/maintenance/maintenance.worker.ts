import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Queue, Worker } from 'bullmq';
import { DataSource } from 'typeorm';
import { RedisConnection } from '../queue/queue.module';
import { MAINTENANCE_QUEUE, PURGE_EXPIRED_SESSIONS, SESSION_RETENTION_DAYS } from './maintenance.queue';

/** Periodic housekeeping, scheduled as a repeatable BullMQ job so that several workers run it once. */
@Injectable()
export class MaintenanceWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Maintenance');
  private queue?: Queue;
  private worker?: Worker;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly redis: RedisConnection,
  ) {}

  async onApplicationBootstrap() {
    const connection = this.redis.client;
    if (!connection) return;
    this.worker = new Worker(MAINTENANCE_QUEUE, async (job) => this.run(job.name), {
      connection: connection.duplicate({ enableOfflineQueue: true }),
    });
    this.queue = new Queue(MAINTENANCE_QUEUE, { connection });
    await this.queue
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

  async onApplicationShutdown() {
    await this.worker?.close();
    await this.queue?.close();
  }
}
