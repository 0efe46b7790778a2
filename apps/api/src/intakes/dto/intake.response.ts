import { ApiProperty } from '@nestjs/swagger';
import { SEGMENTS, type Segment } from '../../caseload/case-file.entity';
import { REFERRAL_STATUSES, type ReferralStatus, SUPPORT_AREAS, type SupportArea, type IntakeContent } from '../intake-content';
import { Intake, INTAKE_STATUSES, type IntakeStatus } from '../intake.entity';

export class SupportNeedResponse {
  @ApiProperty({ enum: SUPPORT_AREAS }) area!: SupportArea;
  @ApiProperty() description!: string;
  @ApiProperty({ type: String, nullable: true }) referral!: string | null;
  @ApiProperty({ enum: REFERRAL_STATUSES }) referralStatus!: ReferralStatus;
}

export class ActionStepResponse {
  @ApiProperty() description!: string;
  @ApiProperty({ format: 'date' }) dueDate!: string;
  @ApiProperty() done!: boolean;
}

export class IntakeResponse {
  @ApiProperty({ format: 'uuid' }) seekerId!: string;
  @ApiProperty({ enum: INTAKE_STATUSES }) status!: IntakeStatus;
  @ApiProperty({ enum: SEGMENTS, nullable: true }) segment!: Segment | null;
  @ApiProperty({ type: [SupportNeedResponse] }) supportNeeds!: SupportNeedResponse[];
  @ApiProperty({ type: [ActionStepResponse] }) actionPlan!: ActionStepResponse[];
  @ApiProperty() notes!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) completedAt!: string | null;
  @ApiProperty({ format: 'uuid' }) updatedByUserId!: string;

  static of(intake: Intake, content: IntakeContent): IntakeResponse {
    return {
      seekerId: intake.seekerId,
      status: intake.status,
      segment: intake.segment,
      ...content,
      createdAt: intake.createdAt.toISOString(),
      updatedAt: intake.updatedAt.toISOString(),
      completedAt: intake.completedAt?.toISOString() ?? null,
      updatedByUserId: intake.updatedByUserId,
    };
  }
}
