import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { OutboxService } from '../outbox/outbox.service';
import { Vacancy } from '../vacancies/vacancy.entity';
import { SEARCH_ENGINE, SearchEngine } from './search-engine';
import { isSearchable, vacancyDocument } from './vacancy-document';

const REINDEX_BATCH = 1000;

/** Outbox event: bring the search index in step with these vacancies (the worker retries while the engine is down). */
export const SEARCH_SYNC = 'search.sync-vacancies';

export interface SearchSync {
  vacancyIds: string[];
}

/**
 * Keeps the search engine in step with the vacancies. A change adds a sync event to the outbox in its own
 * transaction, so no change is lost for the index; the in-database engine is also updated right after the
 * commit, so that a change is found at once. An external engine (Meilisearch) is left to the worker.
 */
@Injectable()
export class VacancySearchIndexer {
  private readonly logger = new Logger('Search');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(SEARCH_ENGINE) private readonly engine: SearchEngine,
    private readonly outbox: OutboxService,
  ) {}

  /** Inside the transaction that changes these vacancies. */
  async syncLater(manager: EntityManager, vacancyIds: readonly string[]): Promise<void> {
    if (vacancyIds.length > 0) await this.outbox.add(manager, { type: SEARCH_SYNC, payload: { vacancyIds: [...vacancyIds] } satisfies SearchSync });
  }

  /** After the commit: the in-database engine at once; an external one through the worker only. */
  async syncNow(vacancyIds: readonly string[]): Promise<void> {
    if (this.engine.name === 'postgres') await this.refresh(vacancyIds);
  }

  /** Re-reads these vacancies and indexes the searchable ones, removing the rest. Throws when the engine fails. */
  async sync(vacancyIds: readonly string[]): Promise<void> {
    const vacancies = await this.dataSource.getRepository(Vacancy).find({ where: { id: In([...vacancyIds]) }, relations: { employer: true } });
    const searchable = vacancies.filter(isSearchable);
    const searchableIds = new Set(searchable.map((vacancy) => vacancy.id));
    await this.engine.index(searchable.map(vacancyDocument));
    await this.engine.remove(vacancyIds.filter((id) => !searchableIds.has(id)));
  }

  /** Like sync, but never throws: a failed sync is logged (the outbox event brings the index in step later). */
  async refresh(vacancyIds: readonly string[]): Promise<void> {
    try {
      await this.sync(vacancyIds);
    } catch (error) {
      this.logger.error(`search sync of ${vacancyIds.length} vacancies failed: ${(error as Error).message}`);
    }
  }

  /** Rebuilds the whole index from the vacancies table. */
  async reindexAll(): Promise<number> {
    await this.engine.clear();
    const repository = this.dataSource.getRepository(Vacancy);
    let indexed = 0;
    for (let page = 0; ; page++) {
      const batch = await repository.find({
        where: { status: 'published' },
        relations: { employer: true },
        order: { id: 'ASC' },
        skip: page * REINDEX_BATCH,
        take: REINDEX_BATCH,
      });
      const searchable = batch.filter(isSearchable);
      await this.engine.index(searchable.map(vacancyDocument));
      indexed += searchable.length;
      if (batch.length < REINDEX_BATCH) break;
    }
    this.logger.log(`search index rebuilt (${this.engine.name}): ${indexed} vacancies`);
    return indexed;
  }
}
