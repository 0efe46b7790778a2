import { Injectable, OnModuleInit } from '@nestjs/common';
import { EventProcessor, EventProcessors, OutboxJob } from '../outbox/event-processors';
import { SEARCH_SYNC, SearchSync, VacancySearchIndexer } from './vacancy-search-indexer';

/** Brings the search index in step after a change; a failing engine (Meilisearch down) makes the job retry. */
@Injectable()
export class SearchSyncProcessor implements EventProcessor<SearchSync>, OnModuleInit {
  readonly type = SEARCH_SYNC;

  constructor(
    private readonly processors: EventProcessors,
    private readonly indexer: VacancySearchIndexer,
  ) {}

  onModuleInit() {
    this.processors.register(this);
  }

  async process(job: OutboxJob<SearchSync>): Promise<void> {
    await this.indexer.sync(job.payload.vacancyIds);
  }
}
