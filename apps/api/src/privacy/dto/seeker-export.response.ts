import { ApiProperty } from '@nestjs/swagger';
import { LANGUAGES, type Language } from '../../users/user.entity';

export class ExportAccount {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'email' }) email!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ type: String, nullable: true, example: 'GM1509' }) municipalityCode!: string | null;
  @ApiProperty({ enum: LANGUAGES }) language!: Language;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) lastSignInAt!: string | null;
}

export class ExportActor {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: String, nullable: true }) role!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Null when that account no longer exists' }) displayName!: string | null;
}

export class ExportAuditEvent {
  @ApiProperty({ format: 'date-time' }) occurredAt!: string;
  @ApiProperty({ example: 'intake.read' }) action!: string;
  @ApiProperty({ type: ExportActor, nullable: true, description: 'Null for the system (e.g. the retention job)' }) actor!: ExportActor | null;
  @ApiProperty({ type: String, nullable: true }) purpose!: string | null;
}

/** Everything the product keeps about a resident (right of access, AVG art. 15). */
export class SeekerExportResponse {
  @ApiProperty({ format: 'date-time' }) exportedAt!: string;
  @ApiProperty({ type: ExportAccount }) account!: ExportAccount;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'Per domain: caseFile, intake, appointments, placements (and the marketplace data once merged)',
  })
  data!: Record<string, unknown>;
  @ApiProperty({ type: [ExportAuditEvent], description: 'Who did or read what about the resident, including every read of the intake' })
  auditTrail!: ExportAuditEvent[];
}
