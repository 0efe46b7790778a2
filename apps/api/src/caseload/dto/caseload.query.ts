import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { IsFullDate } from '../../common/dto/dates';
import { PageQuery } from '../../common/dto/page.query';
import { ToBoolean } from '../../common/dto/query-transforms';
import { CASE_STATUSES, type CaseStatus, SEGMENTS, type Segment } from '../case-file.entity';

export class CaseloadQuery extends PageQuery {
  @ApiPropertyOptional({ enum: SEGMENTS, description: '1 ready for work, 2 work with support, 3 participation or care first' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @IsIn(SEGMENTS)
  segment?: Segment;

  @ApiPropertyOptional({ enum: CASE_STATUSES })
  @IsOptional()
  @IsIn(CASE_STATUSES)
  status?: CaseStatus;

  @ApiPropertyOptional({ format: 'date', description: 'Last contact before this date; residents never contacted are included' })
  @IsOptional()
  @IsFullDate()
  lastContactBefore?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Last contact on or after this date' })
  @IsOptional()
  @IsFullDate()
  lastContactAfter?: string;

  @ApiPropertyOptional({ description: 'Only residents with (true) or without (false) open actions' })
  @IsOptional()
  @ToBoolean()
  @IsBoolean()
  hasOpenActions?: boolean;

  @ApiPropertyOptional({ description: 'Only residents assigned to you' })
  @IsOptional()
  @ToBoolean()
  @IsBoolean()
  assignedToMe?: boolean;

  @ApiPropertyOptional({ description: 'Part of the name', maxLength: 80 })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(80)
  q?: string;
}
