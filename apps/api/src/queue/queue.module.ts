import { Global, Module } from '@nestjs/common';
import { BullQueues } from './bull-queues';
import { REDIS_URL, RedisConnection } from './redis-connection';

export { REDIS_URL, RedisConnection };

@Global()
@Module({})
export class QueueModule {
  static forRoot(url: string | null) {
    return {
      module: QueueModule,
      providers: [{ provide: REDIS_URL, useValue: url }, RedisConnection, BullQueues],
      exports: [RedisConnection, BullQueues],
    };
  }
}
