import { ApiProperty } from '@nestjs/swagger';
import { Equals, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { IsFullDate } from '../../common/dto/dates';
import { CaseAction, CASE_ACTION_KINDS, type CaseActionKind } from '../case-action.entity';

export class CaseActionResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) seekerId!: string;
  @ApiProperty({ enum: CASE_ACTION_KINDS }) kind!: CaseActionKind;
  @ApiProperty() description!: string;
  @ApiProperty({ format: 'date' }) dueDate!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'What caused it, e.g. the missed appointment' }) sourceId!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) doneAt!: string | null;

  static of(action: CaseAction): CaseActionResponse {
    const { id, seekerId, kind, description, dueDate, sourceId } = action;
    return { id, seekerId, kind, description, dueDate, sourceId, createdAt: action.createdAt.toISOString(), doneAt: action.doneAt?.toISOString() ?? null };
  }
}

export class CaseActionListResponse {
  @ApiProperty({ type: [CaseActionResponse] }) items!: CaseActionResponse[];
  @ApiProperty() total!: number;
}

export class CreateCaseActionRequest {
  @ApiProperty({ maxLength: 500, example: 'Bellen over aanmelding schuldhulpverlening' })
  @IsString()
  @MinLength(3)
  @MaxLength(500)
  description!: string;

  @ApiProperty({ format: 'date', example: '2026-03-01' })
  @IsFullDate()
  dueDate!: string;
}

export class UpdateCaseActionRequest {
  @ApiProperty({ description: 'Marks the action as done', enum: [true] })
  @Equals(true, { message: 'must be true: an action can only be marked as done' })
  done!: true;
}

export class CaseActionIdParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all')
  seekerId!: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID('all')
  actionId!: string;
}
