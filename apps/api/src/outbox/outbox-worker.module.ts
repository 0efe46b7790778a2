import { Global, Module } from '@nestjs/common';
import { EventProcessors } from './event-processors';
import { OutboxRelay } from './outbox-relay';
import { QueueWorkers } from './queue-workers';

/** The worker side of the outbox: relay, processor registry and the BullMQ workers that run them. */
@Global()
@Module({
  providers: [OutboxRelay, EventProcessors, QueueWorkers],
  exports: [EventProcessors, OutboxRelay],
})
export class OutboxWorkerModule {}
