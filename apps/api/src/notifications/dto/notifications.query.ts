import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { PageQuery } from '../../common/dto/page.query';
import type { ReadStatus } from '../notifications.service';

export class NotificationsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ['read', 'unread'], description: 'Only read or only unread notifications' })
  @IsOptional()
  @IsIn(['read', 'unread'])
  status?: ReadStatus;
}
