import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsString, IsUrl, IsUUID, MaxLength, MinLength, ValidateIf } from 'class-validator';
import { IsDateTimeWithZone } from '../../common/dto/dates';
import { APPOINTMENT_MODES, type AppointmentMode, type AppointmentStatus } from '../appointment.entity';

export class CreateAppointmentRequest {
  @ApiProperty({ format: 'uuid', description: 'The resident' })
  @IsUUID('all')
  seekerId!: string;

  @ApiProperty({ format: 'date-time', example: '2026-12-03T10:00:00+01:00', description: 'In the future' })
  @IsDateTimeWithZone()
  startsAt!: string;

  @ApiProperty({ format: 'date-time', example: '2026-12-03T10:45:00+01:00', description: 'After startsAt, at most 8 hours later' })
  @IsDateTimeWithZone()
  endsAt!: string;

  @ApiProperty({ enum: APPOINTMENT_MODES })
  @IsIn(APPOINTMENT_MODES)
  mode!: AppointmentMode;

  @ApiPropertyOptional({ maxLength: 200, example: 'Gemeentehuis Gendringen, spreekkamer 2', description: 'Required when in person' })
  @ValidateIf((request: CreateAppointmentRequest) => request.mode === 'in-person' || request.location !== undefined)
  @IsString()
  @MinLength(3)
  @MaxLength(200)
  location?: string;

  @ApiPropertyOptional({ maxLength: 500, format: 'uri', description: 'Required for video: an https link' })
  @ValidateIf((request: CreateAppointmentRequest) => request.mode === 'video' || request.videoUrl !== undefined)
  @IsUrl({ protocols: ['https'], require_protocol: true }, { message: 'must be an https link' })
  @MaxLength(500)
  videoUrl?: string;

  @ApiProperty({ maxLength: 500, example: 'Bespreken plan van aanpak' })
  @IsString()
  @MinLength(3)
  @MaxLength(500)
  purpose!: string;
}

export const APPOINTMENT_CHANGES = ['confirmed', 'attended', 'no-show', 'cancelled'] as const satisfies readonly AppointmentStatus[];
export type AppointmentChange = (typeof APPOINTMENT_CHANGES)[number];

export class UpdateAppointmentRequest {
  @ApiPropertyOptional({
    enum: APPOINTMENT_CHANGES,
    description: 'The resident confirms; the caseworker records attended, no-show or cancelled. Leave out to move the appointment.',
  })
  @ValidateIf((request: UpdateAppointmentRequest) => request.status !== undefined || (request.startsAt === undefined && request.endsAt === undefined))
  @IsIn(APPOINTMENT_CHANGES)
  status?: AppointmentChange;

  @ApiPropertyOptional({ maxLength: 500, description: 'Required when cancelling' })
  @ValidateIf((request: UpdateAppointmentRequest) => request.status === 'cancelled' || request.cancellationReason !== undefined)
  @IsString()
  @MinLength(3)
  @MaxLength(500)
  cancellationReason?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'Caseworker, without status: move the appointment (the resident confirms again)' })
  @ValidateIf((request: UpdateAppointmentRequest) => request.status === undefined)
  @IsDateTimeWithZone()
  startsAt?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'With startsAt when moving' })
  @ValidateIf((request: UpdateAppointmentRequest) => request.status === undefined)
  @IsDateTimeWithZone()
  endsAt?: string;
}
