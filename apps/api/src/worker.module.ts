import { DynamicModule, Module } from '@nestjs/common';
import { AppointmentsWorkerModule } from './appointments/appointments-worker.module';
import { AuditModule } from './audit/audit.module';
import { loggingModule } from './bootstrap/logging';
import { Runtime } from './config/runtime';
import { RuntimeModule } from './config/runtime.module';
import { DatabaseModule } from './database/database.module';
import { EmployersWorkerModule } from './employers/employers-worker.module';
import { MaintenanceWorker } from './maintenance/maintenance.worker';
import { MatchesWorkerModule } from './matches/matches-worker.module';
import { NotificationsWorkerModule } from './notifications/notifications-worker.module';
import { NotifierModule } from './notifications/notifier.module';
import { OutboxModule } from './outbox/outbox.module';
import { OutboxWorkerModule } from './outbox/outbox-worker.module';
import { PrivacyModule } from './privacy/privacy.module';
import { RetentionWorker } from './privacy/retention.worker';
import { QueueModule } from './queue/queue.module';
import { SavedSearchesWorkerModule } from './saved-searches/saved-searches-worker.module';
import { SearchModule } from './search/search.module';
import { SearchWorkerModule } from './search/search-worker.module';
import { VacanciesWorkerModule } from './vacancies/vacancies-worker.module';

/**
 * What the worker process runs; the API process runs the migrations, the worker never does.
 * A domain with background work adds its worker module (processors registering in EventProcessors) here.
 */
@Module({})
export class WorkerModule {
  static forRoot(runtime: Runtime): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        RuntimeModule.forRoot(runtime),
        loggingModule(runtime.config),
        DatabaseModule.forRoot(runtime.databaseUrl, false),
        QueueModule.forRoot(runtime.redisUrl),
        OutboxModule,
        NotifierModule,
        OutboxWorkerModule,
        NotificationsWorkerModule,
        EmployersWorkerModule,
        MatchesWorkerModule,
        AppointmentsWorkerModule,
        VacanciesWorkerModule,
        SavedSearchesWorkerModule,
        SearchWorkerModule,
        AuditModule,
        // Erasure (privacy) changes applications and profiles through their services, which keep search in step.
        SearchModule,
        PrivacyModule,
      ],
      providers: [MaintenanceWorker, RetentionWorker],
    };
  }
}
