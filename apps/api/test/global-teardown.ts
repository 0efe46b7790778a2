import { dropDatabase } from '../src/database/local-postgres';
import { testServerUrl } from './test-database';

export default async function globalTeardown() {
  const name = process.env.MEEDOEN_TEST_DATABASE;
  if (name && !process.env.KEEP_TEST_DATABASE) await dropDatabase(testServerUrl(), name);
}
