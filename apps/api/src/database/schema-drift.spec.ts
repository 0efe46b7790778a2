import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options';

describe('migrations and entities', () => {
  it('agree: after all migrations, TypeORM would generate no further change', async () => {
    const dataSource = new DataSource(dataSourceOptions(process.env.MEEDOEN_TEST_DATABASE_URL!));
    await dataSource.initialize();
    try {
      expect(await dataSource.showMigrations()).toBe(false);
      const pending = await dataSource.driver.createSchemaBuilder().log();
      expect(pending.upQueries.map((query) => query.query)).toEqual([]);
    } finally {
      await dataSource.destroy();
    }
  });

  it('installed the search extensions', async () => {
    const dataSource = new DataSource(dataSourceOptions(process.env.MEEDOEN_TEST_DATABASE_URL!));
    await dataSource.initialize();
    try {
      const rows: { extname: string }[] = await dataSource.query('SELECT extname FROM pg_extension');
      expect(rows.map((row) => row.extname)).toEqual(expect.arrayContaining(['unaccent', 'pg_trgm', 'cube', 'earthdistance']));
    } finally {
      await dataSource.destroy();
    }
  });
});
