import 'reflect-metadata';
import { createHttpApp } from './bootstrap/create-http-app';
import { discoverRuntime } from './bootstrap/discover-runtime';
import { InvalidConfigError, loadConfig } from './config/app-config';

const log = (message: string) => console.log(JSON.stringify({ level: 30, time: Date.now(), context: 'Startup', msg: message }));

async function main() {
  const config = loadConfig();
  const runtime = await discoverRuntime(config, log);
  const app = await createHttpApp(runtime);
  const stop = async () => {
    await app.close();
    await runtime.stopStarted();
    process.exit(0);
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  await app.listen(config.port, '0.0.0.0');
  log(`Meedoen API listening on ${config.publicUrl} (port ${config.port})${config.demoMode ? ' — DEMO MODE' : ''}`);
}

main().catch((error) => {
  console.error(error instanceof InvalidConfigError ? error.message : error);
  process.exit(1);
});
