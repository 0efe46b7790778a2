import { ApiProperty } from '@nestjs/swagger';
import { AuditEvent } from '../audit-event.entity';

export class AuditEventResponse {
  @ApiProperty() id!: string;
  @ApiProperty({ format: 'date-time' }) occurredAt!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) actorUserId!: string | null;
  @ApiProperty({ type: String, nullable: true }) actorRole!: string | null;
  @ApiProperty({ example: 'intake.read' }) action!: string;
  @ApiProperty({ example: 'seeker' }) subjectType!: string;
  @ApiProperty() subjectId!: string;
  @ApiProperty({ type: String, nullable: true }) municipalityCode!: string | null;
  @ApiProperty({ type: String, nullable: true }) purpose!: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true }) details!: Record<string, unknown>;

  static of(event: AuditEvent): AuditEventResponse {
    return { ...event, occurredAt: event.occurredAt.toISOString() };
  }
}

export class AuditEventListResponse {
  @ApiProperty({ type: [AuditEventResponse] }) items!: AuditEventResponse[];
  @ApiProperty() total!: number;
}
