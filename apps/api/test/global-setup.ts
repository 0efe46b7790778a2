import 'reflect-metadata';
import { join } from 'node:path';
import { loadConfig, register } from 'tsconfig-paths';
import { ensureDatabase } from '../src/database/local-postgres';
import { testServerUrl } from './test-database';

/** A fresh database per test run: migrated and loaded with the demo region once, shared by all API test files. */
export default async function globalSetup() {
  // Global setup runs outside Jest's module registry, so moduleNameMapper does not apply here.
  const tsconfig = loadConfig(join(__dirname, '../../../tsconfig.json'));
  if (tsconfig.resultType === 'success') register({ baseUrl: tsconfig.absoluteBaseUrl, paths: tsconfig.paths });
  const name = `meedoen_test_${Date.now()}_${process.pid}`;
  process.env.MEEDOEN_TEST_DATABASE = name;
  process.env.MEEDOEN_TEST_DATABASE_URL = await ensureDatabase(testServerUrl(), name);
  const { createTestApp } = await import('./test-app');
  const { app } = await createTestApp();
  await app.close();
}
