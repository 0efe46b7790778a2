import { Injectable, Logger } from '@nestjs/common';
import { RedisConnection } from '../queue/queue.module';
import { ScheduledJobWorker } from '../queue/scheduled-job.worker';
import { RetentionService } from './retention.service';

export const PRIVACY_QUEUE = 'privacy';
export const APPLY_RETENTION = 'apply-retention';

/** Runs the retention rules once a day in the worker process. */
@Injectable()
export class RetentionWorker extends ScheduledJobWorker {
  protected readonly logger = new Logger('Retention');

  constructor(
    private readonly retention: RetentionService,
    redis: RedisConnection,
  ) {
    super(redis, { queue: PRIVACY_QUEUE, name: APPLY_RETENTION, everyMs: 24 * 3600_000 });
  }

  async run(name: string) {
    if (name !== APPLY_RETENTION) throw new Error(`Unknown privacy job ${name}`);
    return this.retention.run();
  }
}
