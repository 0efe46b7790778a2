import { applyDecorators, Controller, Get, Headers, Query, Res, Type } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, ApiOperation, ApiTags, getSchemaPath } from '@nestjs/swagger';
import type { Response } from 'express';
import type { AuthenticatedUser } from '../sessions/authenticated-user';
import { CurrentUser, Roles } from '../sessions/auth.decorators';
import { ReportQuery } from './dto/report.query';
import {
  FunnelReportResponse,
  NoShowReportResponse,
  OutflowReportResponse,
  PlacementsByKindReportResponse,
  ReportPeriod,
  SkillsReportResponse,
  TimeToPlacementReportResponse,
} from './dto/report.response';
import { toCsv } from './report-math';
import { ReportScope, ReportScopeService } from './report-scope.service';
import { funnelTable, noShowTable, outflowTable, placementsByKindTable, ReportTable, skillsTable, timeToPlacementTable } from './report-tables';
import { ReportsService } from './reports.service';
import { SkillsReportService } from './skills-report.service';

/** JSON, or CSV with ?format=csv or Accept: text/csv. */
const ApiReport = (operationId: string, summary: string, type: Type) =>
  applyDecorators(
    ApiOperation({ operationId, summary }),
    ApiExtraModels(type),
    ApiOkResponse({
      description: 'The report; as CSV with ?format=csv or Accept: text/csv',
      content: { 'application/json': { schema: { $ref: getSchemaPath(type) } }, 'text/csv': { schema: { type: 'string' } } },
    }),
  );

@ApiTags('reports')
@Roles('caseworker', 'administrator')
@Controller('reports')
export class ReportsController {
  constructor(
    private readonly scopes: ReportScopeService,
    private readonly reports: ReportsService,
    private readonly skillsReport: SkillsReportService,
  ) {}

  @Get('outflow')
  @ApiReport('getOutflowReport', 'Outflow to work against the yearly target with a forecast, placements by kind, funnel, time to placement and no-shows', OutflowReportResponse)
  outflow(@CurrentUser() actor: AuthenticatedUser, @Query() query: ReportQuery, @Headers('accept') accept: string | undefined, @Res({ passthrough: true }) response: Response) {
    return this.respond(actor, query, accept, response, 'uitstroom', async (scope) => {
      const [outflow, placementsByKind, funnel, timeToPlacement, noShows] = await Promise.all([
        this.reports.outflow(scope),
        this.reports.placementsByKind(scope),
        this.reports.funnel(scope),
        this.reports.timeToPlacement(scope),
        this.reports.noShows(scope),
      ]);
      return { json: { outflow, placementsByKind, funnel, timeToPlacement, noShows }, table: outflowTable(outflow) };
    });
  }

  @Get('placements-by-kind')
  @ApiReport('getPlacementsByKindReport', 'Placements starting in the period, by kind', PlacementsByKindReportResponse)
  placementsByKind(@CurrentUser() actor: AuthenticatedUser, @Query() query: ReportQuery, @Headers('accept') accept: string | undefined, @Res({ passthrough: true }) response: Response) {
    return this.respond(actor, query, accept, response, 'plaatsingen-per-soort', async (scope) => {
      const placementsByKind = await this.reports.placementsByKind(scope);
      return { json: { placementsByKind }, table: placementsByKindTable(placementsByKind) };
    });
  }

  @Get('funnel')
  @ApiReport('getFunnelReport', 'Residents from intake to placement to still working after six months', FunnelReportResponse)
  funnel(@CurrentUser() actor: AuthenticatedUser, @Query() query: ReportQuery, @Headers('accept') accept: string | undefined, @Res({ passthrough: true }) response: Response) {
    return this.respond(actor, query, accept, response, 'trechter', async (scope) => {
      const funnel = await this.reports.funnel(scope);
      return { json: { funnel }, table: funnelTable(funnel) };
    });
  }

  @Get('time-to-placement')
  @ApiReport('getTimeToPlacementReport', 'Median days from final intake to the first placement', TimeToPlacementReportResponse)
  timeToPlacement(@CurrentUser() actor: AuthenticatedUser, @Query() query: ReportQuery, @Headers('accept') accept: string | undefined, @Res({ passthrough: true }) response: Response) {
    return this.respond(actor, query, accept, response, 'doorlooptijd', async (scope) => {
      const timeToPlacement = await this.reports.timeToPlacement(scope);
      return { json: { timeToPlacement }, table: timeToPlacementTable(timeToPlacement) };
    });
  }

  @Get('no-shows')
  @ApiReport('getNoShowReport', 'Attended and missed appointments and the no-show rate, by month', NoShowReportResponse)
  noShows(@CurrentUser() actor: AuthenticatedUser, @Query() query: ReportQuery, @Headers('accept') accept: string | undefined, @Res({ passthrough: true }) response: Response) {
    return this.respond(actor, query, accept, response, 'niet-verschenen', async (scope) => {
      const noShows = await this.reports.noShows(scope);
      return { json: { noShows }, table: noShowTable(noShows) };
    });
  }

  @Get('skills')
  @ApiReport('getSkillsReport', "Skills most asked in the region's open vacancies and most missing among the residents (today)", SkillsReportResponse)
  skills(@CurrentUser() actor: AuthenticatedUser, @Query() query: ReportQuery, @Headers('accept') accept: string | undefined, @Res({ passthrough: true }) response: Response) {
    return this.respond(actor, query, accept, response, 'vaardigheden', async (scope) => {
      const skills = await this.skillsReport.skills(scope, actor.language);
      return { json: { skills }, table: skillsTable(skills) };
    });
  }

  private async respond<T extends object>(
    actor: AuthenticatedUser,
    query: ReportQuery,
    accept: string | undefined,
    response: Response,
    name: string,
    build: (scope: ReportScope) => Promise<{ json: T; table: ReportTable }>,
  ): Promise<(ReportPeriod & T) | string> {
    const scope = await this.scopes.resolve(actor, query);
    const { json, table } = await build(scope);
    const csv = query.format === 'csv' || (query.format === undefined && /\btext\/csv\b/.test(accept ?? ''));
    if (!csv) return { municipalityCode: scope.municipalityCode, from: scope.from, to: scope.to, ...json };
    const filename = `${name}-${scope.municipalityCode ?? 'alle-gemeenten'}-${scope.from}-${scope.to}.csv`;
    response.type('text/csv; charset=utf-8').setHeader('Content-Disposition', `attachment; filename="${filename}"`);
    return toCsv(table.columns, table.rows);
  }
}
