import { Module } from '@nestjs/common';
import { SearchSyncProcessor } from './search-sync.processor';

/** What the worker does for search: the index sync events from the outbox. */
@Module({ providers: [SearchSyncProcessor] })
export class SearchWorkerModule {}
