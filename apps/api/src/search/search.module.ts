import { Global, Module } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { MeilisearchSearchEngine } from './meilisearch-search-engine';
import { PostgresSearchEngine } from './postgres-search-engine';
import { SEARCH_ENGINE, SearchEngine } from './search-engine';
import { VacancySearchIndexer } from './vacancy-search-indexer';

/** PostgreSQL full text by default; Meilisearch when MEILI_URL is set. */
export function createSearchEngine(config: AppConfig, dataSource: DataSource): SearchEngine {
  return config.meiliUrl ? new MeilisearchSearchEngine(config.meiliUrl, config.meiliApiKey) : new PostgresSearchEngine(dataSource);
}

@Global()
@Module({
  providers: [
    { provide: SEARCH_ENGINE, useFactory: createSearchEngine, inject: [AppConfig, getDataSourceToken()] },
    VacancySearchIndexer,
  ],
  exports: [SEARCH_ENGINE, VacancySearchIndexer],
})
export class SearchModule {}
