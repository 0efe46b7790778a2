import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { EmployerIdParam } from '../common/dto/params';
import { AuthenticatedUser } from '../sessions/authenticated-user';
import { CurrentUser, Roles } from '../sessions/auth.decorators';
import { EmployerDashboardResponse } from './dto/employer-dashboard.response';
import { EmployerDashboardService } from './employer-dashboard.service';

@ApiTags('employers')
@Controller()
export class EmployerDashboardController {
  constructor(private readonly dashboard: EmployerDashboardService) {}

  @Roles('employer', 'administrator')
  @Get('employers/:employerId/dashboard')
  @ApiOperation({ operationId: 'getEmployerDashboard', summary: "The employer's figures: open vacancies, new applications, views, time to fill" })
  @ApiOkResponse({ type: EmployerDashboardResponse })
  get(@CurrentUser() actor: AuthenticatedUser, @Param() { employerId }: EmployerIdParam): Promise<EmployerDashboardResponse> {
    return this.dashboard.dashboard(employerId, actor);
  }
}
