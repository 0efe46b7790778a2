import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { discoverRuntime } from './bootstrap/discover-runtime';
import { InvalidConfigError, loadConfig } from './config/app-config';
import { WorkerModule } from './worker.module';

const log = (message: string) => console.log(JSON.stringify({ level: 30, time: Date.now(), context: 'Worker', msg: message }));

/** The queue worker: its own process, same codebase and configuration as the API. */
async function main() {
  const config = loadConfig();
  const runtime = await discoverRuntime(config, log);
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(runtime), { bufferLogs: true });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  app.get(Logger).log(`Meedoen worker started (queue: ${runtime.redisUrl ? 'Redis' : 'down'})`);
}

main().catch((error) => {
  console.error(error instanceof InvalidConfigError ? error.message : error);
  process.exit(1);
});
