import { Module } from '@nestjs/common';
import { VerificationDecidedProcessor } from './verification-decided.processor';

/** What the worker does for employers. */
@Module({ providers: [VerificationDecidedProcessor] })
export class EmployersWorkerModule {}
