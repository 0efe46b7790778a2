import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../sessions/auth.decorators';
import { AuditService } from './audit.service';
import { AuditEventsQuery } from './dto/audit-events.query';
import { AuditEventListResponse, AuditEventResponse } from './dto/audit-event.response';

@ApiTags('audit')
@Controller('audit-events')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Roles('administrator')
  @Get()
  @ApiOperation({ operationId: 'listAuditEvents', summary: 'The append-only audit log (administrators)' })
  @ApiOkResponse({ type: AuditEventListResponse })
  async list(@Query() query: AuditEventsQuery): Promise<AuditEventListResponse> {
    const { page, pageSize, ...filter } = query;
    const { items, total } = await this.audit.list(filter, page, pageSize);
    return { items: items.map(AuditEventResponse.of), total };
  }
}
