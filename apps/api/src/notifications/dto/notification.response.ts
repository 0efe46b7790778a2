import { ApiProperty } from '@nestjs/swagger';
import { NOTIFICATION_CATEGORIES, type NotificationCategory } from '../notification-categories';
import { Notification } from '../notification.entity';

export class NotificationResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: NOTIFICATION_CATEGORIES }) category!: NotificationCategory;
  @ApiProperty({ example: 'employer-verification-decided' }) template!: string;
  @ApiProperty({ example: 'Schilder Hendriks is goedgekeurd' }) title!: string;
  @ApiProperty({ description: 'Short sentences, one per line' }) body!: string;
  @ApiProperty({ type: String, nullable: true, example: '/werkgevers/', description: 'A path inside the product' }) link!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) readAt!: string | null;
  @ApiProperty() read!: boolean;

  static of(notification: Notification): NotificationResponse {
    const { id, category, template, title, body, link, createdAt, readAt } = notification;
    return { id, category, template, title, body, link, createdAt: createdAt.toISOString(), readAt: readAt?.toISOString() ?? null, read: readAt !== null };
  }
}

export class NotificationListResponse {
  @ApiProperty({ type: [NotificationResponse] }) items!: NotificationResponse[];
  @ApiProperty({ description: 'How many match the filter' }) total!: number;
  @ApiProperty({ description: 'How many of all your notifications are unread' }) unreadCount!: number;
}

export class MarkAllReadResponse {
  @ApiProperty({ description: 'How many notifications were unread and are now read' }) marked!: number;
}
