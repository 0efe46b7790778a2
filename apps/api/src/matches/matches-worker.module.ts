import { Module } from '@nestjs/common';
import { MatchingIndexes } from './matching-indexes';
import { VacancyPublishedProcessor } from './vacancy-published.processor';

/** What the worker does with matching: alert residents about new vacancies that fit them. */
@Module({ providers: [MatchingIndexes, VacancyPublishedProcessor] })
export class MatchesWorkerModule {}
