import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { IsFullDate } from '../../common/dto/dates';
import { MUNICIPALITY_CODE } from '../../common/dto/params';

export class ReportQuery {
  @ApiPropertyOptional({ format: 'date', description: 'First day (inclusive); default 1 January of this year', example: '2026-01-01' })
  @IsOptional()
  @IsFullDate()
  from?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Last day (inclusive); default today', example: '2026-12-31' })
  @IsOptional()
  @IsFullDate()
  to?: string;

  @ApiPropertyOptional({ example: 'GM1509', description: 'Administrators: one municipality (default: all). Caseworkers: always their own' })
  @IsOptional()
  @Matches(MUNICIPALITY_CODE, { message: 'must be a CBS municipality code like GM1509' })
  municipalityCode?: string;

  @ApiPropertyOptional({ enum: ['json', 'csv'], description: 'csv: a download (also with Accept: text/csv)' })
  @IsOptional()
  @IsIn(['json', 'csv'])
  format?: 'json' | 'csv';
}
