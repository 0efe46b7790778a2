import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { PageQuery } from '../../common/dto/page.query';

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
}
