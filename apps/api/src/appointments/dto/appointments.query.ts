import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional, IsUUID } from 'class-validator';
import { IsFullDate } from '../../common/dto/dates';
import { PageQuery } from '../../common/dto/page.query';
import { ToBoolean } from '../../common/dto/query-transforms';
import { APPOINTMENT_STATUSES, type AppointmentStatus } from '../appointment.entity';

export class AppointmentsQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'Caseworkers: one resident' })
  @IsOptional()
  @IsUUID('all')
  seekerId?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Starting on or after this day (Amsterdam time)' })
  @IsOptional()
  @IsFullDate()
  from?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Starting on or before this day (Amsterdam time)' })
  @IsOptional()
  @IsFullDate()
  to?: string;

  @ApiPropertyOptional({ enum: APPOINTMENT_STATUSES })
  @IsOptional()
  @IsIn(APPOINTMENT_STATUSES)
  status?: AppointmentStatus;

  @ApiPropertyOptional({ description: 'Caseworkers: only the appointments you planned' })
  @IsOptional()
  @ToBoolean()
  @IsBoolean()
  mine?: boolean;
}
