import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from '../app.module';
import { Runtime } from '../config/runtime';
import { configureApp } from './configure-app';

export async function createHttpApp(runtime: Runtime): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(runtime), { bodyParser: false, bufferLogs: true });
  configureApp(app, runtime.config);
  app.enableShutdownHooks();
  return app;
}
