import { Body, Controller, Get, Param, Patch, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthenticatedUser } from '../sessions/authenticated-user';
import { CurrentUser } from '../sessions/auth.decorators';
import { NotificationListResponse, NotificationResponse } from './dto/notification.response';
import { NotificationsQuery } from './dto/notifications.query';
import { NotificationIdParam, UpdateNotificationRequest } from './dto/update-notification.request';
import { NotificationsService } from './notifications.service';

@ApiTags('notifications')
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  @ApiOperation({ operationId: 'listNotifications', summary: 'Your in-app notifications, newest first' })
  @ApiOkResponse({ type: NotificationListResponse })
  async list(@CurrentUser() user: AuthenticatedUser, @Query() query: NotificationsQuery): Promise<NotificationListResponse> {
    const { items, total, unreadCount } = await this.notifications.list(user.id, query.status, query.page, query.pageSize);
    return { items: items.map(NotificationResponse.of), total, unreadCount };
  }

  @Patch(':notificationId')
  @ApiOperation({ operationId: 'updateNotification', summary: 'Mark one of your notifications as read or unread' })
  @ApiOkResponse({ type: NotificationResponse })
  async update(
    @CurrentUser() user: AuthenticatedUser,
    @Param() { notificationId }: NotificationIdParam,
    @Body() body: UpdateNotificationRequest,
  ): Promise<NotificationResponse> {
    return NotificationResponse.of(await this.notifications.setRead(user.id, notificationId, body.read));
  }
}
