import { ApiProperty } from '@nestjs/swagger';
import { Appointment, APPOINTMENT_MODES, APPOINTMENT_STATUSES, type AppointmentMode, type AppointmentStatus } from '../appointment.entity';

export class PersonSummary {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() displayName!: string;
}

export class AppointmentResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: PersonSummary }) seeker!: PersonSummary;
  @ApiProperty({ type: PersonSummary }) caseworker!: PersonSummary;
  @ApiProperty({ format: 'date-time' }) startsAt!: string;
  @ApiProperty({ format: 'date-time' }) endsAt!: string;
  @ApiProperty({ enum: APPOINTMENT_MODES }) mode!: AppointmentMode;
  @ApiProperty({ type: String, nullable: true }) location!: string | null;
  @ApiProperty({ type: String, format: 'uri', nullable: true }) videoUrl!: string | null;
  @ApiProperty() purpose!: string;
  @ApiProperty({ enum: APPOINTMENT_STATUSES }) status!: AppointmentStatus;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) confirmedAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) outcomeRecordedAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) cancellationReason!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;

  /** Expects the seeker and caseworker relations loaded. */
  static of(appointment: Appointment): AppointmentResponse {
    const { id, mode, location, videoUrl, purpose, status, cancellationReason } = appointment;
    return {
      id,
      seeker: { id: appointment.seeker.id, displayName: appointment.seeker.displayName },
      caseworker: { id: appointment.caseworker.id, displayName: appointment.caseworker.displayName },
      startsAt: appointment.startsAt.toISOString(),
      endsAt: appointment.endsAt.toISOString(),
      mode,
      location,
      videoUrl,
      purpose,
      status,
      confirmedAt: appointment.confirmedAt?.toISOString() ?? null,
      outcomeRecordedAt: appointment.outcomeRecordedAt?.toISOString() ?? null,
      cancellationReason,
      createdAt: appointment.createdAt.toISOString(),
    };
  }
}

export class AppointmentListResponse {
  @ApiProperty({ type: [AppointmentResponse] }) items!: AppointmentResponse[];
  @ApiProperty() total!: number;
}
