import 'reflect-metadata';
import { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { createHttpApp } from '../src/bootstrap/create-http-app';
import { loadConfig } from '../src/config/app-config';
import { LOCAL_REDIS_URL } from '../src/queue/redis-discovery';

export interface TestApp {
  app: NestExpressApplication;
  http: () => ReturnType<typeof request>;
}

/** The real HTTP app on the run's test database (or the given one) and the local Redis; nothing is mocked. */
export async function createTestApp(env: Record<string, string> = {}, databaseUrl = process.env.MEEDOEN_TEST_DATABASE_URL): Promise<TestApp> {
  if (!databaseUrl) throw new Error('MEEDOEN_TEST_DATABASE_URL is not set: run the API tests through jest (global-setup.ts)');
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DEMO_MODE: 'true', REDIS_URL: LOCAL_REDIS_URL, QUEUE_PREFIX: 'meedoen-test', ...env });
  const app = await createHttpApp({
    config,
    databaseUrl,
    databaseSource: 'test',
    redisUrl: config.redisUrl ?? null,
    redisSource: 'test',
  });
  // Listening before the first request: supertest would otherwise start and stop the server around each request,
  // and requests made at the same time would close it under each other (ECONNRESET).
  await app.listen(0, '127.0.0.1');
  return { app, http: () => request(app.getHttpServer()) };
}

export const DEMO_PASSWORD = 'meedoen-demo';

/** Signs in and returns the Authorization header for later requests. */
export async function signIn(testApp: TestApp, email: string, password = DEMO_PASSWORD): Promise<{ Authorization: string }> {
  const response = await testApp.http().post('/api/v1/sessions').send({ email, password });
  if (response.status !== 201) throw new Error(`sign-in of ${email} failed: ${response.status} ${JSON.stringify(response.body)}`);
  return { Authorization: `Bearer ${response.body.token}` };
}

let counter = 0;
/** A unique e-mail address for this test process. */
export const uniqueEmail = (prefix = 'user') => `${prefix}.${process.pid}.${Date.now()}.${counter++}@example.nl`;
