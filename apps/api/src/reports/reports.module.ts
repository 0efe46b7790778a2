import { Module } from '@nestjs/common';
import { MunicipalitiesModule } from '../municipalities/municipalities.module';
import { ReportScopeService } from './report-scope.service';
import { ReportsController } from './reports.controller';
import { ReportsService } from './reports.service';

@Module({
  imports: [MunicipalitiesModule],
  controllers: [ReportsController],
  providers: [ReportsService, ReportScopeService],
})
export class ReportsModule {}
