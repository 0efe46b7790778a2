import { DynamicModule, Module } from '@nestjs/common';
import { AccountsModule } from './accounts/accounts.module';
import { AuditModule } from './audit/audit.module';
import { loggingModule } from './bootstrap/logging';
import { Runtime } from './config/runtime';
import { RuntimeModule } from './config/runtime.module';
import { DatabaseModule } from './database/database.module';
import { DemoModule } from './demo/demo.module';
import { EmployersModule } from './employers/employers.module';
import { HealthModule } from './health/health.module';
import { MatchesModule } from './matches/matches.module';
import { MunicipalitiesModule } from './municipalities/municipalities.module';
import { NotificationsModule } from './notifications/notifications.module';
import { NotifierModule } from './notifications/notifier.module';
import { OutboxModule } from './outbox/outbox.module';
import { QueueModule } from './queue/queue.module';
import { SessionsModule } from './sessions/sessions.module';
import { TaxonomyModule } from './taxonomy/taxonomy.module';
import { UsersModule } from './users/users.module';
import { SearchModule } from './search/search.module';
import { SeekersModule } from './seekers/seekers.module';
import { VacanciesModule } from './vacancies/vacancies.module';

@Module({})
export class AppModule {
  static forRoot(runtime: Runtime): DynamicModule {
    return {
      module: AppModule,
      imports: [
        RuntimeModule.forRoot(runtime),
        loggingModule(runtime.config),
        DatabaseModule.forRoot(runtime.databaseUrl, true),
        QueueModule.forRoot(runtime.redisUrl),
        AuditModule,
        OutboxModule,
        NotifierModule,
        HealthModule,
        MunicipalitiesModule,
        UsersModule,
        SessionsModule,
        AccountsModule,
        EmployersModule,
        TaxonomyModule,
        NotificationsModule,
        SearchModule,
        VacanciesModule,
        SeekersModule,
        MatchesModule,
        DemoModule,
      ],
    };
  }
}
