import { Module } from '@nestjs/common';
import { MunicipalitiesModule } from '../municipalities/municipalities.module';
import { ReportScopeService } from './report-scope.service';
import { ReportsController } from './reports.controller';
import { ReportsService } from './reports.service';
import { SkillsReportService } from './skills-report.service';

@Module({
  imports: [MunicipalitiesModule],
  controllers: [ReportsController],
  providers: [ReportsService, SkillsReportService, ReportScopeService],
})
export class ReportsModule {}
