import { Module } from '@nestjs/common';
import { VacancyExpiryProcessor } from './vacancy-expiry.processor';

/** What the worker does for vacancies: close them when their close date has passed. */
@Module({ providers: [VacancyExpiryProcessor] })
export class VacanciesWorkerModule {}
