import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { dataSourceOptions } from './data-source-options';

@Module({})
export class DatabaseModule {
  /** Runs the committed migrations at start; the schema is never synchronised from the entities. */
  static forRoot(url: string, runMigrations: boolean) {
    return TypeOrmModule.forRoot({ ...dataSourceOptions(url), migrationsRun: runMigrations });
  }
}
