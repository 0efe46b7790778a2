/**
 * Developer tool: prints (and writes) the SQL a new migration needs so that the committed
 * migrations match the entities. Review the file before committing it.
 *   node scripts/run-ts.mjs apps/api/tools/generate-migration.ts NameInPascalCase
 */
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source-options';
import { dropDatabase, ensureDatabase, LOCAL_POSTGRES_URL } from '../src/database/local-postgres';

async function main() {
  const name = process.argv[2];
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) throw new Error('usage: generate-migration.ts NameInPascalCase');
  const scratch = `meedoen_migration_${Date.now()}`;
  const url = await ensureDatabase(LOCAL_POSTGRES_URL, scratch);
  const dataSource = new DataSource(dataSourceOptions(url));
  try {
    await dataSource.initialize();
    await dataSource.runMigrations();
    const sql = await dataSource.driver.createSchemaBuilder().log();
    if (sql.upQueries.length === 0) {
      console.log('Entities and migrations agree: nothing to generate.');
      return;
    }
    const timestamp = Date.now();
    const quote = (query: string) => `    await queryRunner.query(\`${query.replace(/`/g, '\\`')}\`);`;
    const source = `import { MigrationInterface, QueryRunner } from 'typeorm';

export class ${name}${timestamp} implements MigrationInterface {
  name = '${name}${timestamp}';

  async up(queryRunner: QueryRunner): Promise<void> {
${sql.upQueries.map((query) => quote(query.query)).join('\n')}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${sql.downQueries.reverse().map((query) => quote(query.query)).join('\n')}
  }
}
`;
    const file = join(__dirname, '../src/database/migrations', `${timestamp}-${name.replace(/[A-Z]/g, (c, i) => (i ? '-' : '') + c.toLowerCase())}.ts`);
    writeFileSync(file, source);
    console.log(`Wrote ${file}: add it to migrations/index.ts after review.`);
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await dropDatabase(LOCAL_POSTGRES_URL, scratch);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
