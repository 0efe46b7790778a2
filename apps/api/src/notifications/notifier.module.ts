import { Global, Module } from '@nestjs/common';
import { Notifier } from './notifier';

/** Global in the API and the worker: any service or processor can notify people in its transaction. */
@Global()
@Module({ providers: [Notifier], exports: [Notifier] })
export class NotifierModule {}
