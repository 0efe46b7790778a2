import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsISO8601, IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength, ValidateIf, ValidateNested } from 'class-validator';
import { PageQuery } from '../../common/dto/page.query';
import { IsSafeText, ToList } from '../../common/validators';
import { APPLICATION_STATUSES, type ApplicationStatus } from '../application.entity';
import { REJECTION_REASON_CODES, type RejectionReason } from '../rejection-reasons';

export class CreateApplicationRequest {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all')
  vacancyId!: string;

  @ApiPropertyOptional({ maxLength: 4000, description: 'Why you would like this work (optional)' })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  @IsSafeText()
  motivation?: string;
}

export class InterviewRequest {
  @ApiProperty({ format: 'date-time', example: '2026-12-10T10:00:00+01:00', description: 'In the future' })
  @IsISO8601({ strict: true }, { message: 'must be a date and time like 2026-12-10T10:00:00+01:00' })
  startsAt!: string;

  @ApiProperty({ maxLength: 200, example: 'Bakkerij De Korenschoof, Kerkstraat 3, Gendringen', description: 'Where, or how (phone, video link)' })
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  @IsSafeText()
  location!: string;
}

export class UpdateApplicationRequest {
  @ApiProperty({ enum: APPLICATION_STATUSES, description: 'The next step; the seeker can only withdraw' })
  @IsIn(APPLICATION_STATUSES)
  status!: ApplicationStatus;

  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  @IsSafeText()
  note?: string;

  @ApiPropertyOptional({ enum: REJECTION_REASON_CODES, description: 'Required when rejecting; the seeker reads it in plain language' })
  @ValidateIf((request: UpdateApplicationRequest) => request.status === 'rejected' || request.rejectionReason !== undefined)
  @IsIn(REJECTION_REASON_CODES, { message: 'give a reason from the list when rejecting' })
  rejectionReason?: RejectionReason;

  @ApiPropertyOptional({ type: InterviewRequest, description: 'Only with status interview: when and where the interview is; the seeker is told' })
  @IsOptional()
  @ValidateNested()
  @Type(() => InterviewRequest)
  interview?: InterviewRequest;
}

export class ApplicationsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: APPLICATION_STATUSES, isArray: true })
  @IsOptional()
  @ToList()
  @ArrayMaxSize(APPLICATION_STATUSES.length)
  @IsIn(APPLICATION_STATUSES, { each: true })
  status?: ApplicationStatus[];

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all')
  vacancyId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all')
  seekerId?: string;
}
