import { Logger } from '@nestjs/common';
import { RepeatOptions } from 'bullmq';
import { BullQueues } from '../queue/bull-queues';
import { OutboxQueueName } from '../queue/queue-names';

/** An event that the worker's processor for `type` gets on a schedule instead of from the outbox. */
export interface RepeatableEvent {
  queue: OutboxQueueName;
  /** Upserting the same id again replaces the schedule, so every start of every worker may do it. */
  schedulerId: string;
  repeat: Omit<RepeatOptions, 'key'>;
  type: string;
  payload: object;
  /** What the warning calls it when scheduling fails, e.g. "the daily digest". */
  description: string;
}

/** Schedules the event as a repeatable BullMQ job; nothing to do when the product runs without Redis. */
export function scheduleRepeatableEvent(queues: BullQueues, event: RepeatableEvent, logger: Logger): void {
  // Not awaited: with Redis down this completes once Redis is back, without holding up the start.
  queues
    .get(event.queue)
    ?.upsertJobScheduler(event.schedulerId, event.repeat, { name: event.type, data: { payload: event.payload } })
    .catch((error: Error) => logger.warn(`could not schedule ${event.description} (${error.message})`));
}
