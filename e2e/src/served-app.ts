import type { AddressInfo } from 'node:net';
import { createTestApp, type TestApp } from '../../apps/api/test/test-app';

/** The real app on the run's test database, listening on a free port so a browser can reach it. */
export async function startServedApp(): Promise<TestApp & { baseUrl: string }> {
  const testApp = await createTestApp();
  const { port } = testApp.app.getHttpServer().address() as AddressInfo;
  return { ...testApp, baseUrl: `http://127.0.0.1:${port}` };
}
