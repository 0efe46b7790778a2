import { DynamicModule, Global, Module } from '@nestjs/common';
import { AppConfig } from './app-config';
import { Runtime } from './runtime';

export const RUNTIME = Symbol('RUNTIME');

/** Makes the configuration (validated once at start-up) and the discovered runtime injectable everywhere. */
@Global()
@Module({})
export class RuntimeModule {
  static forRoot(runtime: Runtime): DynamicModule {
    return {
      module: RuntimeModule,
      providers: [
        { provide: AppConfig, useValue: runtime.config },
        { provide: RUNTIME, useValue: runtime },
      ],
      exports: [AppConfig, RUNTIME],
    };
  }
}
