import { Injectable } from '@nestjs/common';
import { Job, UnrecoverableError } from 'bullmq';

/** One outbox event as a processor sees it. */
export interface OutboxJob<P = Record<string, unknown>> {
  /** The outbox row id, which is also the BullMQ job id: key what you write on it so that a retry adds nothing twice. */
  id: string;
  type: string;
  payload: P;
  /** 1 on the first attempt. */
  attempt: number;
}

/**
 * Handles one event type in the worker. Throw to retry with backoff; throw bullmq's UnrecoverableError
 * when retrying cannot help (the job then stays in the failed set with that reason).
 */
export interface EventProcessor<P = Record<string, unknown>> {
  readonly type: string;
  process(job: OutboxJob<P>): Promise<void>;
}

/** The worker's processors by event type; each registers itself in onModuleInit. */
@Injectable()
export class EventProcessors {
  private readonly byType = new Map<string, EventProcessor>();

  register<P>(processor: EventProcessor<P>): void {
    if (this.byType.has(processor.type)) throw new Error(`A processor for "${processor.type}" is registered twice`);
    this.byType.set(processor.type, processor as unknown as EventProcessor);
  }

  async process(job: Job<{ payload: Record<string, unknown> }>): Promise<void> {
    const processor = this.byType.get(job.name);
    if (!processor) throw new UnrecoverableError(`No processor is registered for "${job.name}"`);
    await processor.process({ id: job.id!, type: job.name, payload: job.data.payload, attempt: job.attemptsMade + 1 });
  }
}
