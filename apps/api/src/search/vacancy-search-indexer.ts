import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { Vacancy } from '../vacancies/vacancy.entity';
import { SEARCH_ENGINE, SearchEngine } from './search-engine';
import { isSearchable, vacancyDocument } from './vacancy-document';

const REINDEX_BATCH = 1000;

/**
 * Keeps the search engine in step with the vacancies. For now it runs right after a write has committed;
 * moving this into the transactional outbox and queue is the notifications issue's job.
 */
@Injectable()
export class VacancySearchIndexer {
  private readonly logger = new Logger('Search');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(SEARCH_ENGINE) private readonly engine: SearchEngine,
  ) {}

  /** Re-reads these vacancies and indexes the searchable ones, removing the rest. Never throws: a failed sync is logged. */
  async refresh(vacancyIds: readonly string[]): Promise<void> {
    try {
      const vacancies = await this.dataSource.getRepository(Vacancy).find({ where: { id: In([...vacancyIds]) }, relations: { employer: true } });
      const searchable = vacancies.filter(isSearchable);
      const searchableIds = new Set(searchable.map((vacancy) => vacancy.id));
      await this.engine.index(searchable.map(vacancyDocument));
      await this.engine.remove(vacancyIds.filter((id) => !searchableIds.has(id)));
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
