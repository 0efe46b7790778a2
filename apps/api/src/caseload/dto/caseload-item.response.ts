import { ApiProperty } from '@nestjs/swagger';
import { CASE_STATUSES, type CaseStatus, SEGMENTS, type Segment } from '../case-file.entity';

export class CaseworkerSummary {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() displayName!: string;
}

/** One resident in a caseload. */
export class CaseloadItemResponse {
  @ApiProperty({ format: 'uuid' }) seekerId!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ format: 'email' }) email!: string;
  @ApiProperty({ example: 'GM1509' }) municipalityCode!: string;
  @ApiProperty({ type: CaseworkerSummary, nullable: true }) caseworker!: CaseworkerSummary | null;
  @ApiProperty({ enum: SEGMENTS, nullable: true }) segment!: Segment | null;
  @ApiProperty({ enum: CASE_STATUSES }) status!: CaseStatus;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) lastContactAt!: string | null;
  @ApiProperty({ description: 'Open follow-up actions plus open steps of the action plan' }) openActions!: number;
}

export class CaseloadResponse {
  @ApiProperty({ type: [CaseloadItemResponse] }) items!: CaseloadItemResponse[];
  @ApiProperty() total!: number;
}
