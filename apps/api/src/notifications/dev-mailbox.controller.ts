import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { PageQuery } from '../common/dto/page.query';
import { Roles } from '../sessions/auth.decorators';
import { DevMailboxService } from './dev-mailbox.service';
import { StoredEmailListResponse, StoredEmailResponse } from './dto/stored-email.response';

@ApiTags('notifications')
@Controller('dev-mailbox')
export class DevMailboxController {
  constructor(private readonly mailbox: DevMailboxService) {}

  @Roles('administrator')
  @Get()
  @ApiOperation({ operationId: 'listDevMailbox', summary: 'E-mails stored instead of sent because no SMTP server is configured (administrators)' })
  @ApiOkResponse({ type: StoredEmailListResponse })
  async list(@Query() query: PageQuery): Promise<StoredEmailListResponse> {
    const { items, total } = await this.mailbox.list(query.page, query.pageSize);
    return { items: items.map(StoredEmailResponse.of), total };
  }
}
