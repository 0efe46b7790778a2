import { Module } from '@nestjs/common';
import { VacanciesController } from './vacancies.controller';
import { VacanciesService } from './vacancies.service';
import { VacancySearchService } from './vacancy-search.service';

@Module({
  controllers: [VacanciesController],
  providers: [VacanciesService, VacancySearchService],
  exports: [VacanciesService, VacancySearchService],
})
export class VacanciesModule {}
