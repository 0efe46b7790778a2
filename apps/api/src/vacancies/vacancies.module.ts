import { Module } from '@nestjs/common';
import { EmployerDashboardController } from './employer-dashboard.controller';
import { EmployerDashboardService } from './employer-dashboard.service';
import { VacanciesController } from './vacancies.controller';
import { VacanciesService } from './vacancies.service';
import { VacancySearchService } from './vacancy-search.service';

@Module({
  controllers: [VacanciesController, EmployerDashboardController],
  providers: [VacanciesService, VacancySearchService, EmployerDashboardService],
  exports: [VacanciesService, VacancySearchService],
})
export class VacanciesModule {}
