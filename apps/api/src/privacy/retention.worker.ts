import { Injectable, Logger } from '@nestjs/common';
import { BullQueues } from '../queue/bull-queues';
import { QUEUES } from '../queue/queue-names';
import { ScheduledJobWorker } from '../queue/scheduled-job.worker';
import { RetentionService } from './retention.service';

export const APPLY_RETENTION = 'apply-retention';

/** Runs the retention rules once a day in the worker process. */
@Injectable()
export class RetentionWorker extends ScheduledJobWorker {
  protected readonly logger = new Logger('Retention');

  constructor(
    private readonly retention: RetentionService,
    queues: BullQueues,
  ) {
    super(queues, { queue: QUEUES.privacy, every: { [APPLY_RETENTION]: 24 * 3600_000 } });
  }

  async run(name: string) {
    if (name !== APPLY_RETENTION) throw new Error(`Unknown privacy job ${name}`);
    return this.retention.run();
  }
}
