import { DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { SnakeNamingStrategy } from './snake-naming.strategy';

export function dataSourceOptions(url: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    // Short interactive queries on data that fits in memory: no JIT compilation (tens of ms per search query), index
    // lookups priced as cached reads, and no parallel workers (they cost more than they save under concurrent load).
    extra: { max: 10, options: '-c jit=off -c random_page_cost=1.1 -c max_parallel_workers_per_gather=0' },
  };
}
