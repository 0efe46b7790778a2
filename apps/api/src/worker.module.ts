import { DynamicModule, Module } from '@nestjs/common';
import { AuditModule } from './audit/audit.module';
import { loggingModule } from './bootstrap/logging';
import { Runtime } from './config/runtime';
import { RuntimeModule } from './config/runtime.module';
import { DatabaseModule } from './database/database.module';
import { MaintenanceWorker } from './maintenance/maintenance.worker';
import { PrivacyModule } from './privacy/privacy.module';
import { RetentionWorker } from './privacy/retention.worker';
import { QueueModule } from './queue/queue.module';

/** What the worker process runs; the API process runs the migrations, the worker never does. */
@Module({})
export class WorkerModule {
  static forRoot(runtime: Runtime): DynamicModule {
    return {
      module: WorkerModule,
      imports: [RuntimeModule.forRoot(runtime), loggingModule(runtime.config), DatabaseModule.forRoot(runtime.databaseUrl, false), QueueModule.forRoot(runtime.redisUrl), AuditModule, PrivacyModule],
      providers: [MaintenanceWorker, RetentionWorker],
    };
  }
}
