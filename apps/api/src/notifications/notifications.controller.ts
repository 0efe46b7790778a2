import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthenticatedUser } from '../sessions/authenticated-user';
import { CurrentUser } from '../sessions/auth.decorators';
import { MarkAllReadResponse, NotificationListResponse, NotificationResponse } from './dto/notification.response';
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

  @Post('read-all')
  @HttpCode(200)
  @ApiOperation({ operationId: 'markAllNotificationsRead', summary: 'Mark all your unread notifications as read' })
  @ApiOkResponse({ type: MarkAllReadResponse })
  async markAllRead(@CurrentUser() user: AuthenticatedUser): Promise<MarkAllReadResponse> {
    return { marked: await this.notifications.markAllRead(user.id) };
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
