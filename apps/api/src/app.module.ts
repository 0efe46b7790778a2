import { DynamicModule, Module } from '@nestjs/common';
import { AccountsModule } from './accounts/accounts.module';
import { AppointmentsModule } from './appointments/appointments.module';
import { AuditModule } from './audit/audit.module';
import { CaseloadModule } from './caseload/caseload.module';
import { loggingModule } from './bootstrap/logging';
import { Runtime } from './config/runtime';
import { RuntimeModule } from './config/runtime.module';
import { DatabaseModule } from './database/database.module';
import { DemoModule } from './demo/demo.module';
import { EmployersModule } from './employers/employers.module';
import { HealthModule } from './health/health.module';
import { IntakesModule } from './intakes/intakes.module';
import { MatchesModule } from './matches/matches.module';
import { MunicipalitiesModule } from './municipalities/municipalities.module';
import { NotificationsModule } from './notifications/notifications.module';
import { NotifierModule } from './notifications/notifier.module';
import { OutboxModule } from './outbox/outbox.module';
import { PlacementsModule } from './placements/placements.module';
import { PrivacyModule } from './privacy/privacy.module';
import { QueueModule } from './queue/queue.module';
import { ReportsModule } from './reports/reports.module';
import { SessionsModule } from './sessions/sessions.module';
import { TaxonomyModule } from './taxonomy/taxonomy.module';
import { UsersModule } from './users/users.module';
import { SearchModule } from './search/search.module';
import { SeekersModule } from './seekers/seekers.module';
import { SavedSearchesModule } from './saved-searches/saved-searches.module';
import { ApplicationsModule } from './applications/applications.module';
import { InvitationsModule } from './invitations/invitations.module';
import { ProposalsModule } from './proposals/proposals.module';
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
        SearchModule,
        VacanciesModule,
        SeekersModule,
        ApplicationsModule,
        InvitationsModule,
        ProposalsModule,
        SavedSearchesModule,
        TaxonomyModule,
        NotificationsModule,
        CaseloadModule,
        IntakesModule,
        AppointmentsModule,
        PlacementsModule,
        ReportsModule,
        PrivacyModule,
        MatchesModule,
        DemoModule,
      ],
    };
  }
}
