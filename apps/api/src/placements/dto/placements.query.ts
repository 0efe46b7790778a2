import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional, IsUUID } from 'class-validator';
import { PageQuery } from '../../common/dto/page.query';
import { ToBoolean } from '../../common/dto/query-transforms';
import { PLACEMENT_KINDS, type PlacementKind } from '../placement.entity';

export const PLACEMENT_STATUSES = ['planned', 'active', 'ended'] as const;
export type PlacementStatus = (typeof PLACEMENT_STATUSES)[number];

export class PlacementsQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all')
  seekerId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all')
  employerId?: string;

  @ApiPropertyOptional({ enum: PLACEMENT_KINDS })
  @IsOptional()
  @IsIn(PLACEMENT_KINDS)
  kind?: PlacementKind;

  @ApiPropertyOptional({ enum: PLACEMENT_STATUSES })
  @IsOptional()
  @IsIn(PLACEMENT_STATUSES)
  status?: PlacementStatus;

  @ApiPropertyOptional({ description: 'Only running placements with a scheduled check-in due today or earlier' })
  @IsOptional()
  @ToBoolean()
  @IsBoolean()
  checkInDue?: boolean;
}

export class PlacementIdParam {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all')
  placementId!: string;
}
