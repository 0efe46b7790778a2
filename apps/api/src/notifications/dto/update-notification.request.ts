import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean, IsUUID } from 'class-validator';

export class UpdateNotificationRequest {
  @ApiProperty({ description: 'true: mark as read; false: mark as unread' })
  @IsBoolean()
  read!: boolean;
}

export class NotificationIdParam {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all')
  notificationId!: string;
}
