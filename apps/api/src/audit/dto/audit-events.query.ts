import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { IsFullDate } from '../../common/dto/dates';
import { PageQuery } from '../../common/dto/page.query';
import { MUNICIPALITY_CODE } from '../../common/dto/params';

export class AuditEventsQuery extends PageQuery {
  @ApiPropertyOptional({ example: 'seeker' })
  @IsOptional()
  @Matches(/^[a-z-]{1,40}$/)
  subjectType?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(64)
  subjectId?: string;

  @ApiPropertyOptional({ example: 'intake.read' })
  @IsOptional()
  @Matches(/^[a-z.-]{1,60}$/)
  action?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only what this user did' })
  @IsOptional()
  @IsUUID('all')
  actorUserId?: string;

  @ApiPropertyOptional({ example: 'GM1509' })
  @IsOptional()
  @Matches(MUNICIPALITY_CODE, { message: 'must be a CBS municipality code like GM1509' })
  municipalityCode?: string;

  @ApiPropertyOptional({ format: 'date', description: 'On or after this day (Amsterdam time)' })
  @IsOptional()
  @IsFullDate()
  from?: string;

  @ApiPropertyOptional({ format: 'date', description: 'On or before this day (Amsterdam time)' })
  @IsOptional()
  @IsFullDate()
  to?: string;
}
