import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import {
  FREQUENCIES,
  type Frequency,
  NOTIFICATION_CATEGORIES,
  type NotificationCategory,
  PREFERENCE_CHANNELS,
  type PreferenceChannel,
} from '../notification-categories';
import type { Preferences } from '../preferences.service';

export class NotificationPreferenceItem {
  @ApiProperty({ enum: NOTIFICATION_CATEGORIES })
  @IsIn(NOTIFICATION_CATEGORIES)
  category!: NotificationCategory;

  @ApiProperty({ enum: PREFERENCE_CHANNELS, description: 'in-app: only in the app; email: in the app and by e-mail' })
  @IsIn(PREFERENCE_CHANNELS)
  channel!: PreferenceChannel;

  @ApiProperty({ enum: FREQUENCIES, description: 'E-mail at once, in a daily or weekly digest, or nothing at all (off)' })
  @IsIn(FREQUENCIES)
  frequency!: Frequency;

  @ApiPropertyOptional({ type: Number, nullable: true, minimum: 0, maximum: 100, description: 'match-alerts only: the lowest match score worth an alert' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  matchScoreThreshold?: number | null;
}

export class NotificationPreferencesRequest {
  @ApiProperty({ type: [NotificationPreferenceItem], description: 'Every category; one left out goes back to its default' })
  @IsArray()
  @ArrayMaxSize(NOTIFICATION_CATEGORIES.length)
  @ValidateNested({ each: true })
  @Type(() => NotificationPreferenceItem)
  items!: NotificationPreferenceItem[];
}

export class NotificationPreferenceResponse {
  @ApiProperty({ enum: NOTIFICATION_CATEGORIES }) category!: NotificationCategory;
  @ApiProperty({ enum: PREFERENCE_CHANNELS }) channel!: PreferenceChannel;
  @ApiProperty({ enum: FREQUENCIES }) frequency!: Frequency;
  @ApiProperty({ type: Number, nullable: true }) matchScoreThreshold!: number | null;
}

export class NotificationPreferencesResponse {
  @ApiProperty({ type: [NotificationPreferenceResponse] }) items!: NotificationPreferenceResponse[];

  static of(preferences: Preferences): NotificationPreferencesResponse {
    return { items: NOTIFICATION_CATEGORIES.map((category) => ({ category, ...preferences[category] })) };
  }
}
