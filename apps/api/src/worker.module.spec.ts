import { NestFactory } from '@nestjs/core';
import { loadConfig } from './config/app-config';
import { MaintenanceWorker } from './maintenance/maintenance.worker';
import { APPLY_RETENTION, RetentionWorker } from './privacy/retention.worker';
import { WorkerModule } from './worker.module';

describe('the worker process', () => {
  it('wires its scheduled jobs (run here without a queue)', async () => {
    const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' });
    const runtime = { config, databaseUrl: process.env.MEEDOEN_TEST_DATABASE_URL!, databaseSource: 'test', redisUrl: null, redisSource: 'none' };
    const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(runtime), { logger: false });
    try {
      await app.init();
      await expect(app.get(RetentionWorker).run(APPLY_RETENTION)).resolves.toEqual(expect.objectContaining({ warned: expect.any(Number) }));
      await expect(app.get(RetentionWorker).run('something-else')).rejects.toThrow(/Unknown/);
      await expect(app.get(MaintenanceWorker).run('purge-expired-sessions')).resolves.toEqual(expect.any(Number));
    } finally {
      await app.close();
    }
  });
});
