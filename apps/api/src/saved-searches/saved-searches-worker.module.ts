import { Module } from '@nestjs/common';
import { SavedSearchRunner } from './saved-search-alerts';
import { SavedSearchInstantAlerts, SavedSearchPeriodicAlerts } from './saved-search-alerts.processor';

/** What the worker does for saved searches: their instant, daily and weekly alerts. */
@Module({ providers: [SavedSearchRunner, SavedSearchInstantAlerts, SavedSearchPeriodicAlerts] })
export class SavedSearchesWorkerModule {}
